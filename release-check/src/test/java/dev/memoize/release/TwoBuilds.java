package dev.memoize.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two clean builds of the published modules of this checkout, one after the other, each in a fresh copy of the
 * repository: the published modules' sources and every module's {@code pom.xml} (the reactor needs them), never a
 * {@code target/} directory, each file dated by its copy as in a fresh clone. Each runs {@code mvn -o package} with
 * the Maven, the JDK and the local repository of the build that runs this test: offline, it uses only what that
 * build already downloaded for the published modules (this module comes after them in the reactor).
 *
 * <p>The second build starts after the first one has ended, seconds later at least: anything that writes the time
 * of the build into a jar (an entry's time, a Javadoc page's date) shows as a difference.
 *
 * <p>Both builds run once per test JVM, for every test class that asks; a failed build fails every test that asks.
 */
final class TwoBuilds {

    /** The published modules: directory name to artifactId. The parent POM is published too, as it is. */
    static final Map<String, String> PUBLISHED = Map.of(
            "api", "memoize-api",
            "cdi-extension", "memoize-cdi",
            "jcache-backend", "memoize-jcache",
            "bom", "memoize-bom");

    /** The published modules that are jars, each with a sources and a Javadoc jar. */
    static final List<String> JAR_MODULES = List.of("api", "cdi-extension", "jcache-backend");

    private static final Duration BUILD_LIMIT = Duration.ofMinutes(10);

    private static TwoBuilds done;
    private static AssertionError failed;

    private final Path first;
    private final Path second;

    private TwoBuilds(Path first, Path second) {
        this.first = first;
        this.second = second;
    }

    /** Runs both builds the first time it is called, and returns them. */
    static synchronized TwoBuilds get() {
        if (done == null && failed == null) {
            try {
                done = run();
            } catch (AssertionError e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return done;
    }

    /** The root of the repository this test belongs to. */
    static Path repository() {
        return Path.of(property("memoize.root")).toAbsolutePath().normalize();
    }

    /** The version being built, {@code 0.1.0-SNAPSHOT} for example. */
    static String version() {
        return property("memoize.version");
    }

    /** The file {@code relative} (to the repository's root) as the first build made it. */
    Path first(String relative) {
        return first.resolve(relative);
    }

    /** The file {@code relative} (to the repository's root) as the second build made it. */
    Path second(String relative) {
        return second.resolve(relative);
    }

    /**
     * The files each build publishes, relative to the repository's root: for each jar module its jar, sources jar
     * and Javadoc jar, and the BOM's flattened POM.
     */
    static List<String> publishedFiles() {
        List<String> files = new ArrayList<>();
        for (String module : JAR_MODULES) {
            String base = module + "/target/" + PUBLISHED.get(module) + "-" + version();
            files.add(base + ".jar");
            files.add(base + "-sources.jar");
            files.add(base + "-javadoc.jar");
        }
        files.add("bom/target/flattened-pom.xml");
        return files;
    }

    private static TwoBuilds run() {
        Path work = Path.of(property("memoize.work")).toAbsolutePath();
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        build(first);
        build(second);
        return new TwoBuilds(first, second);
    }

    private static void build(Path copy) {
        deleteRecursively(copy);
        copyRepository(repository(), copy);
        Path log = copy.resolveSibling(copy.getFileName() + ".log");
        List<String> command = List.of(maven(), "-B", "-q", "-o",
                "-f", copy.resolve("pom.xml").toString(),
                "-pl", String.join(",", PUBLISHED.keySet()),
                "-Dmaven.repo.local=" + property("maven.repo.local"),
                "-Dmaven.test.skip=true",
                "package");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Instant start = Instant.now();
        try {
            Process process = builder.start();
            if (!process.waitFor(BUILD_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The build in " + copy + " took more than " + BUILD_LIMIT + "; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("The build in " + copy + " failed (" + String.join(" ", command) + "):\n"
                        + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while building in " + copy, e);
        }
        System.out.println("Built the published modules in " + copy + " in "
                + Duration.between(start, Instant.now()).toMillis() + " ms");
    }

    /** Copies the root's files, the published modules and every other module's POM; no target/, no .git. */
    private static void copyRepository(Path from, Path to) {
        try (Stream<Path> children = Files.list(from)) {
            Files.createDirectories(to);
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (Files.isRegularFile(child)) {
                    Files.copy(child, to.resolve(name));
                } else if (name.equals(".mvn") || PUBLISHED.containsKey(name)) {
                    copyTree(child, to.resolve(name));
                } else if (Files.isRegularFile(child.resolve("pom.xml"))) {
                    Files.createDirectories(to.resolve(name));
                    Files.copy(child.resolve("pom.xml"), to.resolve(name).resolve("pom.xml"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (!relative.toString().isEmpty() && relative.getName(0).toString().equals("target")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String maven() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        return Path.of(property("maven.home"), "bin", windows ? "mvn.cmd" : "mvn").toString();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + name + " is not set: run this test through Maven "
                    + "(mvn -pl release-check -am verify), whose surefire configuration sets it");
        }
        return value;
    }
}
