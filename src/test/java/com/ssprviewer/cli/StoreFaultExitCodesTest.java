package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that is busy or damaged gets one sentence naming the store and what to do, and its own exit code; H2's
 * text never reaches the terminal, and a refused open leaves no H2 trace file behind.
 */
class StoreFaultExitCodesTest {

    @TempDir
    Path dir;

    private Path importedStore() throws Exception {
        Path store = dir.resolve("store");
        CliRun run = CliRun.of("import", "--db", store.toString(),
                Samples.copy(dir, "audit-logs-download.csv").toString());
        assertEquals(0, run.exitCode(), run.err());
        return store;
    }

    /** Readers answer from a copy of a held store (SeveralProcessesOnOneStoreTest); an import not waiting fails. */
    @Test
    void aStoreHeldByAnotherProgramExitsThreeSayingItIsInUse() throws Exception {
        Path store = importedStore();
        String file = Samples.copy(dir, "classic-password-reset-activity.csv").toString();
        try (FileChannel held = FileChannel.open(store.resolve("sspr.mv.db"), StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = held.lock()) {
            CliRun run = CliRun.of("import", "--db", store.toString(), "--wait", "0", file);
            assertEquals(3, run.exitCode(), run.err());
            assertEquals("import: The store " + store.toAbsolutePath() + " is in use by another window or command"
                    + " of SSPR Audit Viewer; close that window or let the command finish, then try again.",
                    run.err().strip());
            assertTrue(lock.isValid());
        }
        assertFalse(Files.exists(store.resolve("sspr.trace.db")), "H2 keeps no trace file of the refused open");
    }

    @Test
    void aDamagedStoreExitsSixSayingToRestoreItWithoutH2sText() throws Exception {
        Path store = importedStore();
        Path file = store.resolve("sspr.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        CliRun run = CliRun.of("summary", "--db", store.toString());
        assertEquals(6, run.exitCode(), run.err());
        assertTrue(run.err().contains("is damaged and cannot be read; restore the folder from a backup"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("[9"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(Files.size(store.resolve("sspr.log")) > 0, "the details went to the store's log");
    }
}
