package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be written opens read-only for viewing, with a notice; importing into it exits 5 with one
 * sentence. The folder and file are made immutable with {@code chattr +i}, which holds even for root (plain
 * permissions do not); the test is skipped where chattr cannot be used.
 */
class ReadOnlyStoreTest {

    @TempDir
    Path dir;

    @Test
    void aStoreThatCannotBeWrittenIsShownReadOnlyAndRefusesImportsWithExitFive() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, CliRun.of("import", "--db", store.toString(),
                Samples.copy(dir, "audit-logs-download.csv").toString()).exitCode());
        String more = Samples.copy(dir, "classic-password-reset-activity.csv").toString();
        assumeTrue(chattr("+i", store.resolve("sspr.mv.db"), store), "chattr +i is not available here");
        try {
            CliRun summary = CliRun.of("summary", "--db", store.toString(), "--json");
            assertEquals(0, summary.exitCode(), summary.err());
            assertTrue(summary.out().contains("\"events\" : 82"), summary.out());
            assertTrue(summary.err().contains("is open read-only for viewing"), summary.err());

            CliRun imported = CliRun.of("import", "--db", store.toString(), more);
            assertEquals(5, imported.exitCode(), imported.err());
            assertTrue(imported.err().contains("cannot be written (its folder or files are read-only"),
                    imported.err());
        } finally {
            chattr("-i", store.resolve("sspr.mv.db"), store);
        }
    }

    static boolean chattr(String flag, Path... paths) throws Exception {
        try {
            for (Path p : paths) {
                Process chattr = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
                chattr.getInputStream().readAllBytes();
                if (chattr.waitFor() != 0) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
