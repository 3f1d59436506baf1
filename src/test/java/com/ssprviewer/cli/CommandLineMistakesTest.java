package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Common mistakes on the command line get a sentence naming what is wrong, and never an empty store by accident. */
class CommandLineMistakesTest {

    @TempDir
    Path dir;

    @Test
    void aReadCommandOnAMissingStoreFolderSaysSoAndCreatesNothing() {
        Path missing = dir.resolve("no-such-store");
        CliRun run = CliRun.of("summary", "--db", missing.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("There is no store in " + missing + " (the folder does not exist)"), run.err());
        assertFalse(Files.exists(missing), "no empty store was created");
    }

    @Test
    void aStoreNamedByARegularFileIsCalledAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("store.txt"), "x");
        CliRun run = CliRun.of("events", "--db", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(file + " is a file, not a store folder"), run.err());
    }

    @Test
    void importingAFolderSaysItIsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("downloads"));
        CliRun run = CliRun.of("import", "--db", dir.resolve("store").toString(), folder.toString());
        assertEquals(1, run.exitCode());
        assertEquals(folder + ": not imported: is a folder; name the export files in it", run.out().strip());
    }

    @Test
    void fromAfterToIsRefusedAsWrongUsage() throws Exception {
        CliRun.of("import", "--db", dir.resolve("store").toString(),
                Samples.copy(dir, "audit-logs-download.csv").toString());
        CliRun run = CliRun.of("attempts", "--db", dir.resolve("store").toString(), "--from", "2025-03-31",
                "--to", "2025-03-01");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--from 2025-03-31 is after --to 2025-03-01"), run.err());
        assertEquals(2, CliRun.of("summary", "--db", dir.resolve("store").toString(), "--from", "2025-03-02",
                "--to", "2025-03-01").exitCode());
        assertEquals(0, CliRun.of("summary", "--db", dir.resolve("store").toString(), "--from", "2025-03-01",
                "--to", "2025-03-01").exitCode(), "one whole day is a range");
    }

    @Test
    void aReportIntoAMissingFolderNamesTheFolder() throws Exception {
        CliRun.of("import", "--db", dir.resolve("store").toString(),
                Samples.copy(dir, "audit-logs-download.csv").toString());
        Path out = dir.resolve("missing").resolve("overview.pdf");
        CliRun run = CliRun.of("report", "--db", dir.resolve("store").toString(), "--blade", "overview",
                "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("the folder " + out.getParent() + " does not exist"), run.err());
    }
}
