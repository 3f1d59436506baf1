package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The de-duplication keys of a store written by release 0.1.0 still match what today's program computes: importing
 * the samples that built that store again adds no event, every row is a duplicate.
 */
class EarlierReleaseReimportTest {

    private static final Pattern COUNTS = Pattern.compile("(\\d+) rows read, (\\d+) added, (\\d+) duplicates");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"classic-password-reset-activity.csv", "classic-registration-activity.csv",
        "audit-logs-download.csv", "audit-logs-download.json", "graph-directoryAudits-page1.json",
        "graph-directoryAudits-page2.json"})
    void everyRowOfASampleImportedAgainIsADuplicate(String sample) throws IOException {
        String db = copyOfStore().toString();
        String eventsBefore = events(db);
        CliRun run = CliRun.of("import", "--db", db, Samples.copy(dir, sample).toString());
        assertEquals(0, run.exitCode(), run.err());
        Matcher m = COUNTS.matcher(run.out());
        assertTrue(m.find(), run.out());
        assertTrue(Long.parseLong(m.group(1)) > 0, run.out());
        assertEquals("0", m.group(2), run.out());
        assertEquals(m.group(1), m.group(3), run.out());
        assertEquals(eventsBefore, events(db));
    }

    private static String events(String db) {
        CliRun run = CliRun.of("events", "--db", db, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    private Path copyOfStore() throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        try (InputStream in = getClass().getResourceAsStream("/stores/v0.1.0/store/sspr.mv.db")) {
            Files.copy(in, store.resolve("sspr.mv.db"));
        }
        return store;
    }
}
