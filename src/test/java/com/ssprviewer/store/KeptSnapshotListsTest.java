package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.Coverages;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage reads each snapshot's lists and methods as its import kept them; they stay right whatever order the
 * snapshots arrive in, and a store whose snapshots came before they were kept gets them when it is opened.
 */
class KeptSnapshotListsTest {

    private static final String MARCH = "user-registration-details-2025-03-01.json";
    private static final String APRIL = "user-registration-details-2025-04-01.csv";

    @TempDir
    Path dir;

    @Test
    void aMonthImportedAfterTheNextOneGivesTheNextOneTheSameChangesAsImportingInOrder() throws Exception {
        Coverage inOrder = coverageAfterImporting("in-order", MARCH, APRIL);
        Coverage late = coverageAfterImporting("late", APRIL, MARCH);
        assertEquals(LocalDate.of(2025, 3, 1), late.changes().previous());
        assertFalse(inOrder.changes().newUsers().isEmpty(), "the sample has new users in April");
        assertEquals(inOrder, late);
    }

    @Test
    void aStoreWhoseSnapshotsCameBeforeTheListsWereKeptGetsThemWhenOpened() throws Exception {
        Coverage kept = coverageAfterImporting("store", MARCH, APRIL);
        try (Store store = Store.open(dir.resolve("store"))) {
            BenchAccess.execute(store, "DELETE FROM snapshot_lists");
            BenchAccess.execute(store, "DELETE FROM snapshot_methods");
            BenchAccess.execute(store, "DELETE FROM schema_version WHERE version = 13");
            assertEquals(List.of(), Coverages.compute(store, null).orElseThrow().enabledNotRegistered());
        }
        try (Store store = Store.open(dir.resolve("store"))) {
            assertEquals(kept, Coverages.compute(store, null).orElseThrow());
        }
    }

    private Coverage coverageAfterImporting(String name, String... files) throws Exception {
        try (Store store = Store.open(dir.resolve(name))) {
            for (String file : files) {
                ImportResult r = store.importFile(copy(file), ExportFormats.opener(), null, Progress.NONE);
                assertEquals(ImportResult.Outcome.IMPORTED, r.outcome(), r.summaryLine());
            }
            return Coverages.compute(store, null).orElseThrow();
        }
    }

    private Path copy(String sample) throws IOException {
        Path target = dir.resolve(sample);
        if (!Files.exists(target)) {
            try (InputStream in = getClass().getResourceAsStream("/samples/" + sample)) {
                Files.copy(in, target);
            }
        }
        return target;
    }
}
