package dev.memoize.tck.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a child JVM on this test's class path, with this run's storage settings (caching provider;
 * on Hazelcast, a member in a cluster of the child's own), and stops it in every case.
 */
public final class ChildJvm {

    private static final List<String> PASSED_ON = List.of("dev.memoize.cachingProvider", "hazelcast.config",
            "hazelcast.jcache.provider.type", "hazelcast.phone.home.enabled", "hazelcast.logging.type",
            "java.net.preferIPv4Stack");

    private static final String CHILD_HAZELCAST = "classpath:memoize-tck-hazelcast-child.xml";

    /** What the child printed (the last 8,000 characters) and its exit status. */
    public record Outcome(int exitValue, String output) {
    }

    private ChildJvm() {
    }

    /**
     * Runs {@code main} with {@code jvmOptions} and {@code args}, waiting at most ten minutes.
     *
     * @throws AssertionError if the child does not finish in time
     */
    public static Outcome run(List<String> jvmOptions, Class<?> main, String... args) throws Exception {
        return runWithout(null, jvmOptions, main, args);
    }

    /**
     * Like {@link #run}, without the class path entries whose path contains {@code missing} (a library the child
     * must do without), or with all of them if it is {@code null}.
     */
    public static Outcome runWithout(String missing, List<String> jvmOptions, Class<?> main, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        if (missing != null) {
            classPath = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(
                    classPath.split(java.io.File.pathSeparator)).filter(entry -> !entry.contains(missing)).toList());
        }
        command.addAll(List.of("-cp", classPath));
        for (String property : PASSED_ON) {
            String value = System.getProperty(property);
            if (value != null) {
                // a Hazelcast member of its own cluster: joined to the test JVM's member, the child would share
                // its partitions (and its data) with it
                command.add("-D" + property + "=" + (property.equals("hazelcast.config") ? CHILD_HAZELCAST : value));
            }
        }
        command.add(main.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            StringBuilder tail = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    tail.append(line).append('\n');
                    if (tail.length() > 8_000) {
                        tail.delete(0, tail.length() - 8_000);
                    }
                }
            }
            if (!child.waitFor(10, TimeUnit.MINUTES)) {
                throw new AssertionError("the child JVM did not finish:\n" + tail);
            }
            return new Outcome(child.exitValue(), tail.toString());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
