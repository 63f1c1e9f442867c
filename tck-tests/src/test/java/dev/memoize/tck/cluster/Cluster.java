package dev.memoize.tck.cluster;

import com.hazelcast.cache.impl.HazelcastServerCachingProvider;
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.memoize.tck.support.Runs;
import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import javax.cache.CacheManager;
import javax.cache.spi.CachingProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real Hazelcast members in this JVM, on loopback only (multicast off, TCP-IP join on 127.0.0.1, phone-home off),
 * each with its own CDI SE container whose CacheManager is that member's (or a client's). Closes everything.
 */
final class Cluster implements AutoCloseable {

    private final String name = "memoize-cluster-" + UUID.randomUUID();
    private final int port;
    private final List<HazelcastInstance> instances = new ArrayList<>();
    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();

    Cluster(int port) {
        this.port = port;
    }

    HazelcastInstance startMember() {
        HazelcastInstance member = Hazelcast.newHazelcastInstance(memberConfig(name, port));
        instances.add(member);
        members.add(member);
        return member;
    }

    /** A member in a separate JVM (killed with SIGKILL by the test, and in any case by {@link #close()}). */
    Process startMemberProcess() throws java.io.IOException {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                MemberProcess.class.getName(), name, Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(process);
        return process;
    }

    /** The loopback-only member configuration every member of this cluster uses, in or out of this JVM. */
    static Config memberConfig(String name, int port) {
        Config config = new Config()
                .setClusterName(name)
                .setProperty("hazelcast.phone.home.enabled", "false")
                .setProperty("hazelcast.logging.type", "jdk")
                .setProperty("hazelcast.wait.seconds.before.join", "0")
                .setProperty("hazelcast.socket.bind.any", "false");
        config.getJetConfig().setEnabled(false);
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(true).setPortCount(5);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        return config;
    }

    /** Every member dies at once (the clients stay, disconnected). */
    void terminateMembers() {
        members.forEach(member -> member.getLifecycleService().terminate());
        members.clear();
    }

    /** A client that keeps answering (offline) while no member is reachable, and reconnects when one is back. */
    HazelcastInstance startClient() {
        ClientConfig config = new ClientConfig().setClusterName(name)
                .setProperty("hazelcast.phone.home.enabled", "false")
                .setProperty("hazelcast.logging.type", "jdk")
                .setProperty("hazelcast.client.invocation.timeout.seconds", "2");
        config.getNetworkConfig().addAddress("127.0.0.1:" + port, "127.0.0.1:" + (port + 1), "127.0.0.1:" + (port + 2));
        config.getConnectionStrategyConfig().setReconnectMode(ClientConnectionStrategyConfig.ReconnectMode.ASYNC);
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(-1).setInitialBackoffMillis(100).setMaxBackoffMillis(500);
        HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
        instances.add(client);
        return client;
    }

    /** An application node: a CDI SE container with these beans, storing results through this instance. */
    Node node(String nodeName, HazelcastInstance instance, Class<?>... beans) {
        CachingProvider provider = instance instanceof com.hazelcast.client.impl.clientside.HazelcastClientProxy
                ? new com.hazelcast.client.cache.impl.HazelcastClientCachingProvider(instance)
                : new HazelcastServerCachingProvider(instance);
        CacheManager manager = provider.getCacheManager(provider.getDefaultURI(), provider.getDefaultClassLoader());
        SeContainerInitializer initializer = SeContainers.withMemoize()
                .addExtensions(new ProducesCacheManager(manager))
                .addBeanClasses(beans).addBeanClasses(Runs.class);
        Node node = new Node(nodeName, initializer.initialize());
        nodes.add(node);
        return node;
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
        nodes.forEach(Node::close);
        instances.forEach(instance -> {
            try {
                instance.getLifecycleService().terminate();
            } catch (RuntimeException alreadyGone) {
                // terminated by the test
            }
        });
    }

    /** Makes a given CacheManager the application's CacheManager bean. */
    public static final class ProducesCacheManager implements Extension {

        private final CacheManager manager;

        public ProducesCacheManager(CacheManager manager) {
            this.manager = manager;
        }

        void add(@Observes AfterBeanDiscovery discovery) {
            discovery.addBean().types(CacheManager.class, Object.class).scope(ApplicationScoped.class)
                    .createWith(context -> manager);
        }
    }
}
