package dev.memoize.tck.helidon;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Helidon MP server in a child JVM: {@code io.helidon.microprofile.cdi.Main} on this test's class path, which
 * holds the test application, the library and Caffeine's JCache. It runs on the JDK that
 * {@code memoize.helidon.java} names (Helidon 4 needs Java 21), listens on 127.0.0.1 only and writes its log to a
 * file. Helidon classes are never referenced here: they are Java 21 class files and this code runs on Java 17.
 */
final class HelidonServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HelidonServer.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private HelidonServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the server and waits until it answers {@code readinessPath}.
     *
     * @throws AssertionError if the JDK is missing, or the server exits or does not answer within {@code patience}
     */
    static HelidonServer start(Path log, String readinessPath, Duration patience) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("memoize.helidon.java",
                "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));
        if (!Files.isExecutable(java)) {
            throw new AssertionError("Helidon 4 needs a Java 21+ launcher; none at " + java
                    + " (set -Dmemoize.helidon.java=/path/to/bin/java)");
        }
        Files.createDirectories(log.getParent());
        int port = freePort();
        Process process = new ProcessBuilder(List.of(java.toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dserver.host=127.0.0.1", "-Dserver.port=" + port,
                // the log names each record's logger, so that the test can look for the library's
                "-Djava.util.logging.SimpleFormatter.format=%4$s %3$s: %5$s%6$s%n",
                "-cp", System.getProperty("java.class.path"),
                "io.helidon.microprofile.cdi.Main"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // also when the test JVM is stopped before close() runs
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        HelidonServer server = new HelidonServer(process, port, log);
        LOG.log(System.Logger.Level.INFO, "Helidon MP started as PID {0} on 127.0.0.1:{1}",
                process.pid(), String.valueOf(port));
        try {
            server.awaitAnswer(readinessPath, patience);
        } catch (Throwable notReady) {
            server.close();
            throw notReady;
        }
        return server;
    }

    /** The body of a successful {@code GET path}. */
    String get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** The body of a successful {@code DELETE path}. */
    String delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** The HTTP port, on 127.0.0.1. */
    int port() {
        return port;
    }

    /** What the server has logged so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** Stops the server by its PID, forcibly if it has not stopped after 15 seconds. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(response.request().method() + " " + response.uri() + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitAnswer(String path, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Helidon exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                get(path);
                return;
            } catch (ConnectException notListeningYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("Helidon did not answer " + path + " within " + patience + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
