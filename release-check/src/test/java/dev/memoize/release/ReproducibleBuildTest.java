package dev.memoize.release;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reproducible builds: two builds of one commit, at different times and in different directories, give
 * byte-identical published files (each module's jar, sources jar and Javadoc jar, and the BOM's POM). What makes it
 * hold is {@code project.build.outputTimestamp} in the parent POM and packaging plugins that honour it; without it
 * every jar entry carries the time of its build, and this test names the entries that differ.
 */
class ReproducibleBuildTest {

    static List<String> publishedFiles() {
        return TwoBuilds.publishedFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedFiles")
    void twoBuildsOfOneCommitGiveTheSameBytes(String file) throws IOException {
        TwoBuilds builds = TwoBuilds.get();
        Path first = builds.first(file);
        Path second = builds.second(file);
        assertTrue(Files.isRegularFile(first), "the first build made no " + file);
        assertTrue(Files.isRegularFile(second), "the second build made no " + file);

        byte[] firstBytes = Files.readAllBytes(first);
        byte[] secondBytes = Files.readAllBytes(second);
        if (Arrays.equals(firstBytes, secondBytes)) {
            return;
        }
        String differences = file.endsWith(".jar") ? entryDifferences(first, second) : "";
        fail(file + " differs between two builds of one commit (SHA-256 " + sha256(firstBytes) + " and "
                + sha256(secondBytes) + ")" + differences);
    }

    /** Names the entries of two jars that differ: in name or order, content, time or zip metadata. */
    private static String entryDifferences(Path first, Path second) throws IOException {
        List<String> differences = new ArrayList<>();
        try (ZipFile a = new ZipFile(first.toFile()); ZipFile b = new ZipFile(second.toFile())) {
            List<? extends ZipEntry> entriesA = a.stream().toList();
            List<? extends ZipEntry> entriesB = b.stream().toList();
            List<String> namesA = entriesA.stream().map(ZipEntry::getName).toList();
            List<String> namesB = entriesB.stream().map(ZipEntry::getName).toList();
            if (!namesA.equals(namesB)) {
                differences.add("entries (names or order): " + namesA + " vs " + namesB);
            } else {
                for (int i = 0; i < entriesA.size(); i++) {
                    ZipEntry ea = entriesA.get(i);
                    ZipEntry eb = entriesB.get(i);
                    if (!Arrays.equals(read(a, ea), read(b, eb))) {
                        differences.add(ea.getName() + ": content");
                    }
                    if (ea.getTime() != eb.getTime()) {
                        differences.add(ea.getName() + ": time " + ea.getLastModifiedTime() + " vs "
                                + eb.getLastModifiedTime());
                    }
                    if (ea.getMethod() != eb.getMethod() || !Arrays.equals(ea.getExtra(), eb.getExtra())) {
                        differences.add(ea.getName() + ": zip method or extra field");
                    }
                }
            }
        }
        int shown = Math.min(differences.size(), 10);
        return differences.isEmpty() ? "" : "; " + differences.size() + " differences, the first " + shown + ":\n  "
                + String.join("\n  ", differences.subList(0, shown));
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
