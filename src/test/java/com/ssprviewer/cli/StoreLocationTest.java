package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.schema.Intrusions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --db} names a folder and nothing else: whatever its name holds ({@code ;}, {@code =}, {@code :}, spaces,
 * any letters), the store lands exactly there, imports and answers, and no part of the name becomes an H2 setting.
 */
class StoreLocationTest {

    private static final Path EXPORT = Path.of("src", "test", "resources", "samples", "audit-logs-download.csv");

    @TempDir
    Path tmp;

    @Test
    void anyFolderNameOpensImportsAndAnswersWithoutAddingASetting() throws Exception {
        for (int i = 0; i < Intrusions.count(); i++) {
            Path run = tmp.resolve("run" + i);
            Path store = Intrusions.store(run, i);

            CliRun imported = CliRun.of("import", "--db", store.toString(), EXPORT.toString());
            assertEquals(0, imported.exitCode(), store + ": " + imported.err());
            assertEquals("", imported.err(), store.toString());
            assertTrue(imported.out().contains("82 added"), imported.out());
            CliRun events = CliRun.of("events", "--db", store.toString(), "--limit", "1", "--format", "csv");
            assertEquals(0, events.exitCode(), store + ": " + events.err());
            assertEquals(2, events.out().lines().count(), events.out());

            Intrusions.assertNoneApplied(run, store);
        }
    }
}
