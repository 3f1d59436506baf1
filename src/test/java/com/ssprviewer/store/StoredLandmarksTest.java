package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store keeps the landmarks of each list in its default order (newest first, unfiltered), so the lists the blades
 * open with jump fast from the start, and across restarts, without a walk while the user scrolls.
 */
class StoredLandmarksTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultListsLandmarksAreKeptExactAcrossRestartsAndRenewedAfterAnImport() throws Exception {
        Path older = dir.resolve("older.csv");
        Path newer = dir.resolve("newer.csv");
        SampleGenerator.writeAuditCsv(older, 1_500, 3);
        SampleGenerator.writeAuditCsv(newer, 2_500, 4);
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            store.importFile(older, ExportFormats.opener(), Progress.NONE);
            store.finishBackgroundWork();
            assertEveryListKeepsExactLandmarks(store);
        }
        try (Store store = Store.open(storeDir)) {
            store.maintenance().holdUpkeep(true);
            assertEveryListKeepsExactLandmarks(store);

            store.importFile(newer, ExportFormats.opener(), Progress.NONE);
            assertTrue(known(store, ListKind.EVENTS).isEmpty(), "landmarks of fewer rows are not used");

            store.maintenance().holdUpkeep(false);
            store.finishBackgroundWork();
            assertEveryListKeepsExactLandmarks(store);
        }
    }

    private static Landmarks known(Store store, ListKind kind) {
        return store.knownLandmarks(kind, EventFilter.NONE, kind.defaultSort(), Landmarks.EVERY);
    }

    /** Each kept landmark is the row at its position, read by offset; the events have several. */
    private static void assertEveryListKeepsExactLandmarks(Store store) {
        for (ListKind kind : ListKind.values()) {
            long rows = store.count(kind, EventFilter.NONE);
            Landmarks marks = known(store, kind);
            assertEquals(rows / Landmarks.EVERY, marks.cursors().size(), kind.toString());
            for (int block = 0; block < marks.cursors().size(); block++) {
                long position = (block + 1L) * Landmarks.EVERY - 1;
                assertEquals(idAt(store, kind, position), marks.cursors().get(block).id(), kind + " at " + position);
            }
        }
        assertFalse(known(store, ListKind.EVENTS).cursors().size() < 5, "several blocks of events");
    }

    private static long idAt(Store store, ListKind kind, long position) {
        PageRequest one = new PageRequest(1, position, null);
        switch (kind) {
            case EVENTS:
                return store.events(EventFilter.NONE, null, one).rows().get(0).id();
            case ATTEMPTS:
                return store.attempts(EventFilter.NONE, null, one).rows().get(0).id();
            default:
                return store.registrations(EventFilter.NONE, null, one).rows().get(0).eventId();
        }
    }
}
