package dev.memoize.tck.cluster;

import com.hazelcast.core.Hazelcast;

/** A plain Hazelcast member in its own JVM: {@code MemberProcess <clusterName> <port>}; runs until killed. */
public final class MemberProcess {

    private MemberProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Hazelcast.newHazelcastInstance(Cluster.memberConfig(args[0], Integer.parseInt(args[1])));
        Thread.currentThread().join();
    }
}
