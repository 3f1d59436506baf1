package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ssprviewer.store.StoreProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a disk that is full, a store holding an import that did not finish (its clean-up needs space) still opens for
 * viewing, says why, and answers without the unfinished rows; once space is freed it cleans up and answers the same.
 * Runs on a small RAM disk of its own, where the machine allows mounting one (root on Linux); skipped elsewhere.
 */
class FullDiskTest {
    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mount() throws Exception {
        disk = Files.createTempDirectory("full-disk");
        mounted = run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", disk.toString());
        assumeTrue(mounted, "no RAM disk can be mounted here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", disk.toString());
        }
    }

    @Test
    void aStoreOnAFullDiskWithAnUnfinishedImportOpensForViewingAndAnswersWithoutIt() throws Exception {
        Path store = disk.resolve("store");
        Path sample = Samples.copy(Files.createTempDirectory("samples"), "audit-logs-download.csv");
        assertEquals(0, CliRun.of("import", "--db", store.toString(), sample.toString()).exitCode());
        StoreProbe.leaveUnfinishedImport(store, 12_000);
        Path filler = fill(disk.resolve("filler"));

        CliRun full = CliRun.of("summary", "--db", store.toString(), "--json");

        assertEquals(0, full.exitCode(), full.err());
        assertTrue(full.err().contains("is full, so the store is open read-only for viewing; free some space"),
                full.err());
        assertEquals(82, new ObjectMapper().readTree(full.out()).get("events").asInt(), "the unfinished rows hidden");

        Files.delete(filler);
        CliRun freed = CliRun.of("summary", "--db", store.toString(), "--json");
        assertEquals(0, freed.exitCode(), freed.err());
        assertFalse(freed.err().contains("read-only"), freed.err());
        assertEquals(82, new ObjectMapper().readTree(freed.out()).get("events").asInt());
    }

    /** Writes until the disk has no byte left. */
    private static Path fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            return filler;
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
