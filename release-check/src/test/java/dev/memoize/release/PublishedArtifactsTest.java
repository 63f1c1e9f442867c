package dev.memoize.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a release publishes, as a clean build of the published modules makes it: every jar carries the licence, each
 * module has its sources and its Javadoc (without the internal packages), the BOM manages the three published modules
 * and nothing of the build's own dependencies, and every published POM has the metadata Maven Central requires.
 */
class PublishedArtifactsTest {

    static List<String> publishedJars() {
        return TwoBuilds.publishedFiles().stream().filter(file -> file.endsWith(".jar")).toList();
    }

    @Test
    void theRepositoryIsLicensedUnderApache2() throws IOException {
        String licence = Files.readString(TwoBuilds.repository().resolve("LICENSE"));
        assertTrue(licence.strip().startsWith("Apache License\n                           Version 2.0, January 2004"),
                "LICENSE is the Apache License 2.0");
        assertTrue(licence.contains("END OF TERMS AND CONDITIONS"), "LICENSE has the whole text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedJars")
    void everyPublishedJarCarriesTheLicenceAndNotice(String jar) throws IOException {
        Path repository = TwoBuilds.repository();
        try (ZipFile zip = new ZipFile(TwoBuilds.get().first(jar).toFile())) {
            assertArrayEquals(Files.readAllBytes(repository.resolve("LICENSE")), read(zip, "META-INF/LICENSE"),
                    jar + " has the repository's LICENSE in META-INF");
            assertArrayEquals(Files.readAllBytes(repository.resolve("NOTICE")), read(zip, "META-INF/NOTICE"),
                    jar + " has the repository's NOTICE in META-INF");
        }
    }

    @Test
    void eachJarModuleHasItsSourcesAndItsJavadoc() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("api", List.of("dev/memoize/Memoize", "dev/memoize/Memoizer", "dev/memoize/spi/MemoStorage"));
        expected.put("cdi-extension", List.of("dev/memoize/cdi/DefaultKeyStrategy"));
        expected.put("jcache-backend", List.of("dev/memoize/jcache/internal/JCacheStorage"));
        for (Map.Entry<String, List<String>> module : expected.entrySet()) {
            String base = module.getKey() + "/target/" + TwoBuilds.PUBLISHED.get(module.getKey()) + "-"
                    + TwoBuilds.version();
            try (ZipFile sources = new ZipFile(TwoBuilds.get().first(base + "-sources.jar").toFile());
                 ZipFile javadoc = new ZipFile(TwoBuilds.get().first(base + "-javadoc.jar").toFile())) {
                for (String type : module.getValue()) {
                    assertNotNull(sources.getEntry(type + ".java"), base + "-sources.jar has " + type + ".java");
                    assertNotNull(javadoc.getEntry(type + ".html"), base + "-javadoc.jar has " + type + ".html");
                }
                assertNotNull(javadoc.getEntry("index.html"), base + "-javadoc.jar has an index");
            }
        }
    }

    @Test
    void theCdiJavadocLeavesOutTheInternalPackage() throws IOException {
        String jar = "cdi-extension/target/memoize-cdi-" + TwoBuilds.version() + "-javadoc.jar";
        try (ZipFile javadoc = new ZipFile(TwoBuilds.get().first(jar).toFile())) {
            List<String> internal = javadoc.stream().map(ZipEntry::getName)
                    .filter(name -> name.contains("dev/memoize/cdi/internal")).toList();
            assertEquals(List.of(), internal, "the published Javadoc of memoize-cdi documents its API only");
            assertNotNull(javadoc.getEntry("dev/memoize/cdi/DefaultKeyStrategy.html"));
        }
    }

    @Test
    void theBomManagesThePublishedModulesAndNothingElse() throws Exception {
        Element bom = parse(TwoBuilds.get().first("bom/target/flattened-pom.xml"));
        String version = TwoBuilds.version();

        assertEquals("memoize-bom", text(bom, "artifactId"));
        assertEquals(version, text(bom, "version"));
        assertEquals("pom", text(bom, "packaging"));
        assertNull(child(bom, "parent"), "the published BOM has no parent, whose dependencyManagement it would import");
        for (String absent : List.of("properties", "dependencies", "build", "profiles", "repositories")) {
            assertNull(child(bom, absent), "the published BOM has no " + absent);
        }

        Map<String, String> managed = new LinkedHashMap<>();
        for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            assertEquals("dev.memoize", text(dependency, "groupId"));
            assertNull(child(dependency, "scope"), "the BOM imports no other BOM and sets no scope");
            managed.put(text(dependency, "artifactId"), text(dependency, "version").replace("${project.version}", version));
        }
        assertEquals(Map.of("memoize-api", version, "memoize-cdi", version, "memoize-jcache", version), managed);
        assertHasMetadata(bom, "the published BOM");
    }

    @Test
    void everyPublishedPomHasTheMetadataMavenCentralRequires() throws Exception {
        Path repository = TwoBuilds.repository();
        Element parent = parse(repository.resolve("pom.xml"));
        assertHasMetadata(parent, "the parent POM");
        assertEquals("Apache-2.0", text(child(child(parent, "licenses"), "license"), "name"));
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0.txt",
                text(child(child(parent, "licenses"), "license"), "url"));
        assertEquals("false", parent.getAttribute("child.project.url.inherit.append.path"),
                "modules inherit the repository's url as it is");

        for (String module : TwoBuilds.PUBLISHED.keySet()) {
            Element pom = parse(repository.resolve(module).resolve("pom.xml"));
            assertEquals(TwoBuilds.PUBLISHED.get(module), text(pom, "artifactId"));
            assertFalse(text(pom, "name").isBlank(), module + " has a name of its own");
            assertFalse(text(pom, "description").isBlank(), module + " has a description of its own");
            for (String inherited : List.of("url", "licenses", "scm", "developers")) {
                assertNull(child(pom, inherited), module + " inherits " + inherited + " from the parent");
            }
        }
    }

    private static void assertHasMetadata(Element pom, String what) {
        assertTrue(text(pom, "url").startsWith("https://"), what + " has a url");
        assertFalse(text(pom, "name").isBlank(), what + " has a name");
        assertFalse(text(pom, "description").isBlank(), what + " has a description");
        assertFalse(text(child(child(pom, "licenses"), "license"), "name").isBlank(), what + " has a licence");
        Element scm = child(pom, "scm");
        assertNotNull(scm, what + " has an scm");
        for (String element : List.of("connection", "developerConnection", "url")) {
            assertFalse(text(scm, element).isBlank(), what + " has scm/" + element);
        }
        assertFalse(text(child(child(pom, "developers"), "developer"), "name").isBlank(), what + " has developers");
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertNotNull(entry, zip.getName() + " has " + name);
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static Element parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = parent == null ? List.of() : children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().strip();
    }
}
