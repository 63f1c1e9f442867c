package dev.memoize.cdi.internal;

import dev.memoize.MemoizeStatistics;

import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Publishes an application's counters as MXBeans in the platform MBean server (JConsole, VisualVM, Jolokia, a
 * server's console): one {@link ApplicationMXBean} named {@code dev.memoize:type=Application,application=<id>} and
 * one {@link FunctionMXBean} per function named {@code dev.memoize:type=Function,application=<id>,name=<quoted
 * name>}. The id is the application's name where the server tells it ({@code java:app/AppName}), else
 * {@code default}; where another running application (or container in this JVM) holds it, {@code -2},
 * {@code -3}, ... is appended, so two containers never share a name. Everything registered is unregistered by
 * {@link #close()}. A failure to register (a security manager, a server that refuses) is logged once and never
 * fails the deployment.
 */
final class JmxExport implements MetricsExport {

    private static final String DOMAIN = "dev.memoize";

    private final MBeanServer server;
    private final String application;
    private final Queue<ObjectName> registered = new ConcurrentLinkedQueue<>();
    private volatile boolean warned;

    /**
     * Registers the application's MXBean.
     *
     * @param applicationName the application's name, read at deployment ({@link #applicationName()})
     * @param totals the application's counters
     * @param functions the names of its functions
     */
    JmxExport(String applicationName, Supplier<MemoizeStatistics> totals, Supplier<List<String>> functions) {
        MBeanServer platform = null;
        String id = null;
        try {
            platform = ManagementFactory.getPlatformMBeanServer();
            id = registerApplication(platform, applicationName, new ApplicationBean(totals, functions));
        } catch (JMException | RuntimeException | LinkageError refused) {
            warn(refused);
        }
        this.server = id == null ? null : platform;
        this.application = id;
    }

    /** The application id in this export's object names, or {@code null} if nothing could be registered. */
    String application() {
        return application;
    }

    private String registerApplication(MBeanServer platform, String base, ApplicationBean bean) throws JMException {
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            try {
                ObjectName name = new ObjectName(DOMAIN + ":type=Application,application=" + id);
                platform.registerMBean(new StandardMBean(bean, ApplicationMXBean.class, true), name);
                registered.add(name);
                return id;
            } catch (InstanceAlreadyExistsException taken) {
                // another application, or another container in this JVM: try the next id
            }
        }
    }

    /**
     * The application's name as the server tells it, made fit for an unquoted key value; else {@code default}. Read
     * on the deploying thread: {@code java:app} is not there on a pool thread that makes the first call.
     */
    static String applicationName() {
        String name = null;
        try {
            name = (String) new InitialContext().lookup("java:app/AppName");
        } catch (NamingException | RuntimeException | LinkageError noServer) {
            // Weld SE and other containers without JNDI
        }
        return name == null || name.isBlank() ? "default" : name.replaceAll("[,=:\"*?\\s\\\\]", "_");
    }

    @Override
    public void add(FunctionState function) {
        if (server == null) {
            return;
        }
        try {
            ObjectName name = new ObjectName(DOMAIN + ":type=Function,application=" + application + ",name="
                    + ObjectName.quote(function.name()));
            server.registerMBean(new StandardMBean(new FunctionBean(function), FunctionMXBean.class, true), name);
            registered.add(name);
        } catch (JMException | RuntimeException | LinkageError refused) {
            warn(refused);
        }
    }

    @Override
    public void close() {
        for (ObjectName name; (name = registered.poll()) != null; ) {
            try {
                server.unregisterMBean(name);
            } catch (JMException | RuntimeException gone) {
                // already unregistered
            }
        }
    }

    private void warn(Throwable failure) {
        if (!warned) {
            warned = true;
            Log.metricsNotPublished("JMX", failure);
        }
    }

    private record ApplicationBean(Supplier<MemoizeStatistics> totals, Supplier<List<String>> names)
            implements ApplicationMXBean {

        @Override
        public String[] getFunctions() {
            return names.get().toArray(String[]::new);
        }

        @Override
        public long getHits() {
            return totals.get().hits();
        }

        @Override
        public long getMisses() {
            return totals.get().misses();
        }

        @Override
        public long getBypassed() {
            return totals.get().bypassed();
        }

        @Override
        public long getCacheFailures() {
            return totals.get().cacheFailures();
        }

        @Override
        public long getSingleFlightWaits() {
            return totals.get().singleFlightWaits();
        }

        @Override
        public long getNotMemoized() {
            return totals.get().notMemoized();
        }
    }

    private record FunctionBean(FunctionState function) implements FunctionMXBean {

        private FunctionMetrics metrics() {
            return function.metrics();
        }

        @Override
        public String getName() {
            return function.name();
        }

        @Override
        public long getHits() {
            return metrics().hits.sum();
        }

        @Override
        public long getMisses() {
            return metrics().misses.sum();
        }

        @Override
        public long getBypassed() {
            return metrics().bypassed.sum();
        }

        @Override
        public long getCacheFailures() {
            return metrics().cacheFailures.sum();
        }

        @Override
        public long getSingleFlightWaits() {
            return metrics().waits.sum();
        }

        @Override
        public long getNotMemoized() {
            return metrics().notMemoized.sum();
        }

        @Override
        public long getEntries() {
            return function.entries();
        }

        @Override
        public long getEvictions() {
            return function.evictions();
        }

        @Override
        public long getMissCount() {
            return metrics().missTimes.count();
        }

        @Override
        public double getMissTimeTotalMillis() {
            return metrics().missTimes.totalNanos() / 1_000_000.0;
        }

        @Override
        public double getMissTimeMaxMillis() {
            return metrics().missTimes.maxNanos() / 1_000_000.0;
        }

        @Override
        public double getMissTimeP50Millis() {
            return metrics().missTimes.percentileNanos(0.50) / 1_000_000.0;
        }

        @Override
        public double getMissTimeP95Millis() {
            return metrics().missTimes.percentileNanos(0.95) / 1_000_000.0;
        }

        @Override
        public double getMissTimeP99Millis() {
            return metrics().missTimes.percentileNanos(0.99) / 1_000_000.0;
        }
    }
}
