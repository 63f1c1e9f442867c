package dev.memoize.examples;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The demo's settings, shared by both members: JCache on an embedded Hazelcast member, on loopback only. */
final class Environment {

    static final String CACHE = "memoize." + MembershipService.HAS_MEMBERSHIP;

    /** Held, because java.util.logging forgets the level of a logger nobody references. */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    private Environment() {
    }

    static void configure() {
        System.setProperty("hazelcast.config", "classpath:memoize-demo-hazelcast.xml");
        System.setProperty("hazelcast.jcache.provider.type", "member");
        System.setProperty("hazelcast.phone.home.enabled", "false");
        System.setProperty("hazelcast.logging.type", "none");
        System.setProperty("java.net.preferIPv4Stack", "true");
        System.setProperty("dev.memoize.cachingProvider", "com.hazelcast.cache.HazelcastMemberCachingProvider");
        System.setProperty("org.jboss.logging.provider", "jdk");
        Logger.getLogger("").setLevel(Level.WARNING);
        HIBERNATE.setLevel(Level.SEVERE);
        for (var handler : Logger.getLogger("").getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }
}
