package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once {@code import} has printed a file's summary line, that file is on disk: killing the process then loses none. */
class ReportedImportsSurviveAKillTest {

    private static final String AS_OF = "2025-03-26T00:00:00Z";

    @TempDir
    Path dir;

    @Test
    void aProcessKilledTheMomentItReportsAnImportKeepsEveryEventOfIt() throws Exception {
        String first = Samples.copy(dir, "audit-logs-download.csv").toString();
        String second = Samples.copy(dir, "classic-password-reset-activity.csv").toString();
        String killed = dir.resolve("killed").toString();
        List<String> lines = CliProcess.killAtLine(l -> l.startsWith("classic-password-reset-activity.csv: imported"),
                "import", "--db", killed, first, second);
        assertEquals(2, lines.size(), "both files were reported before the kill: " + lines);

        CliRun clean = CliRun.of("import", "--db", dir.resolve("clean").toString(), first, second);
        assertEquals(0, clean.exitCode(), clean.err());
        CliRun afterKill = summary(killed);
        assertEquals(summary(dir.resolve("clean").toString()).out(), afterKill.out(),
                "the killed store answers as the cleanly imported one");
        assertTrue(afterKill.out().contains("\"events\" : 142"), afterKill.out());
    }

    private static CliRun summary(String db) {
        CliRun run = CliRun.of("summary", "--db", db, "--as-of", AS_OF, "--json");
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }
}
