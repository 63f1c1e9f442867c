package dev.memoize.tck.payara;

import dev.memoize.tck.payara.app.PriceServlet;
import dev.memoize.tck.payara.app.Prices;
import dev.memoize.tck.support.server.ServerLibraries;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Payara Micro instances clustered on loopback (TCP/IP discovery on 127.0.0.1, never multicast), each running
 * the same WAR with the library in WEB-INF/lib and no configuration bean (the built-in defaults): they serve each
 * other's memoized results from Payara's own JCache and see each other's deletions. Driven over HTTP.
 */
class PayaraClusterTest {

    /** Unique per run, so that an instance left over from a killed run can never join this cluster. */
    private static final String CLUSTER = "memoize-tck-pair-" + UUID.randomUUID();
    private static final Path WORK = Path.of("target", "payara-cluster");
    private static final List<Instance> INSTANCES = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Instance a;
    private static Instance b;

    /** One Payara Micro process, its HTTP port and its log. */
    private record Instance(String name, int httpPort, Process process, Path log) {

        String get(String query) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + httpPort + "/memo-cluster/prices?" + query))
                    .timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), name + ": " + response.body());
            return response.body();
        }

        /** The answer's first line: the value. */
        String value(String query) throws IOException, InterruptedException {
            return get(query).lines().findFirst().orElseThrow();
        }

        /** How often this instance had run the body when it answered the query. */
        int runsAfter(String query) throws IOException, InterruptedException {
            return Integer.parseInt(get(query).lines().skip(1).findFirst().orElseThrow());
        }
    }

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Files.createDirectories(WORK);
        Path war = WORK.resolve("memo-cluster.war");
        ShrinkWrap.create(WebArchive.class, "memo-cluster.war")
                .addClasses(Prices.class, PriceServlet.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(ServerLibraries.libraries("payara"))
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        int dataGrid = freePort();
        a = start("instance-a", freePort(), dataGrid, war);
        b = start("instance-b", freePort(), dataGrid, war);
        awaitClusterOfTwo(a);
        awaitClusterOfTwo(b);
    }

    @AfterAll
    static void stopInstances() throws InterruptedException {
        for (Instance instance : INSTANCES) {
            instance.process().destroy();
        }
        for (Instance instance : INSTANCES) {
            if (!instance.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                instance.process().destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void eachInstanceServesTheOthersResult() throws Exception {
        String sku = "sku-" + UUID.randomUUID();
        int runsOnB = b.runsAfter("deleted=nothing");
        String fromA = a.value("sku=" + sku);
        assertTrue(fromA.contains("priced by instance-a"), fromA);
        assertEquals(fromA, b.value("sku=" + sku), "B is served A's result");
        assertEquals(runsOnB, b.runsAfter("sku=" + sku), "B never ran the body for it");
    }

    @Test
    void aDeleteOnOneInstanceIsSeenByTheOther() throws Exception {
        String sku = "sku-" + UUID.randomUUID();
        String first = a.value("sku=" + sku);
        assertEquals(first, b.value("sku=" + sku));

        b.get("delete=" + sku);
        String second = a.value("sku=" + sku);
        assertTrue(!second.equals(first) && second.contains("priced by instance-a"), "A ran again: " + second);
        assertEquals(second, b.value("sku=" + sku));

        a.get("deleteAll");
        String third = b.value("sku=" + sku);
        assertTrue(third.contains("priced by instance-b"), "B ran after A dropped everything: " + third);
        assertEquals(third, a.value("sku=" + sku));
    }

    private static Instance start(String name, int httpPort, int dataGrid, Path war) throws IOException {
        Path log = WORK.resolve(name + ".log");
        // A fresh runtime directory: Micro reuses the runtime it finds there, also one another Payara version left.
        deleteRecursively(WORK.resolve(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String microJar = System.getProperty("payara.microJar", "target/payara-micro.jar");
        Process process = new ProcessBuilder(java, "-Xmx768m", "-Djava.net.preferIPv4Stack=true",
                "-Dhazelcast.phone.home.enabled=false", "-Dmemoize.instance=" + name,
                "-jar", microJar, "--deploy", war.toString(), "--port", String.valueOf(httpPort),
                "--clustermode", "tcpip:127.0.0.1:" + dataGrid, "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(dataGrid), "--clustername", CLUSTER,
                "--name", name, "--rootdir", WORK.resolve(name).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instance instance = new Instance(name, httpPort, process, log);
        INSTANCES.add(instance);
        // Also when the test JVM is stopped before @AfterAll runs.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return instance;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the instance answers over HTTP and its data grid has two members. */
    private static void awaitClusterOfTwo(Instance instance) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                throw new AssertionError(instance.name() + " exited: " + Files.readString(instance.log()));
            }
            String log = Files.readString(instance.log());
            if (log.contains("DG Size: 2") && log.contains("ready in")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(instance.name() + " did not join a cluster of two:\n" + Files.readString(instance.log()));
    }
}
