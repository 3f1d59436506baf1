package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real {@code import} process makes its store the owner's only whatever umask it was started with; a command that
 * finds its store opened to others takes their access away and says so in one line on stderr.
 */
class OwnerOnlyProcessTest {

    private static final Path EXPORT = Path.of("src", "test", "resources", "samples", "audit-logs-download.csv");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "umask {0}")
    @ValueSource(strings = {"022", "000"})
    void aStoreImportedIntoIsOwnerOnlyWhateverTheUmask(String umask) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path store = dir.resolve("parent").resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"", java, "-cp",
                System.getProperty("java.class.path"), "com.ssprviewer.Launcher", "import", "--db",
                store.toString(), EXPORT.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), output);

        assertEquals("rwx------", permissions(store));
        assertEquals("rwx------", permissions(store.getParent()));
        try (Stream<Path> files = Files.list(store)) {
            List<Path> all = files.toList();
            assertEquals(List.of("sspr.key", "sspr.mv.db"), all.stream().map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(".trace.db")).sorted().toList());
            for (Path f : all) {
                assertEquals("rw-------", permissions(f), f.toString());
            }
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aCommandOnAStoreOpenedToOthersClosesItAndSaysSoInOneLine() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path store = dir.resolve("store");
        assertEquals(0, CliRun.of("import", "--db", store.toString(), EXPORT.toString()).exitCode());
        CliRun before = CliRun.of("events", "--db", store.toString(), "--format", "csv");
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(store.resolve("sspr.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        CliRun after = CliRun.of("events", "--db", store.toString(), "--format", "csv");

        assertEquals(0, after.exitCode(), after.err());
        assertEquals("The store folder " + store.toAbsolutePath().normalize()
                + " could be read by other accounts; now only you can read it." + System.lineSeparator(), after.err());
        assertEquals(before.out(), after.out());
        assertEquals("rwx------", permissions(store));
        assertEquals("rw-------", permissions(store.resolve("sspr.mv.db")));
        assertEquals("", CliRun.of("events", "--db", store.toString(), "--format", "csv").err());
    }
}
