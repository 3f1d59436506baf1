package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Landmarks: where a list stands every few rows, so a jump deep into it reads one page. */
class LandmarksTest {

    private static final Sort NEWEST = new Sort(EventSort.DATE, true);
    private static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static final String[] EXPORTS = {"audit-logs-download.csv", "audit-logs-download.json",
        "graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json", "classic-password-reset-activity.csv"};

    @TempDir
    Path dir;

    private Store storeWith(String... samples) throws StoreException {
        Store store = Store.open(dir);
        for (String sample : samples) {
            importFile(store, sample);
        }
        return store;
    }

    private static void importFile(Store store, String name) {
        ImportResult r = store.importFile(SAMPLES.resolve(name), ExportFormats.opener(), Progress.NONE);
        assertTrue(r.eventsAdded() > 0, name);
    }

    @Test
    void aFilteredListHasLandmarksOfItsMatchingRowsOnly() throws Exception {
        try (Store store = storeWith(EXPORTS)) {
            EventFilter failures = EventFilter.builder().statuses(Set.of(Status.FAILURE)).build();
            List<?> all = store.events(failures, NEWEST, PageRequest.first(10_000)).rows();
            Landmarks marks = store.landmarks(ListKind.EVENTS, failures, NEWEST, 4, () -> false);

            assertTrue(all.size() >= 8, "the samples hold some failures");
            assertEquals(all.size() / 4, marks.cursors().size());
            for (int at = 0; at < all.size(); at++) {
                assertEquals(all.subList(at, Math.min(all.size(), at + 3)),
                        store.events(failures, NEWEST, marks.request(at, 3)).rows(), "at " + at);
            }
        }
    }

    @Test
    void aCancelledWalkStopsWithoutAnAnswer() throws Exception {
        try (Store store = storeWith(EXPORTS)) {
            assertThrows(CancellationException.class,
                    () -> store.landmarks(ListKind.EVENTS, EventFilter.NONE, NEWEST, 4, () -> true));
        }
    }

    @Test
    void aListIsWalkedOnceUntilTheStoresDataChanges() throws Exception {
        try (Store store = storeWith(EXPORTS[0])) {
            Landmarks first = store.landmarks(ListKind.EVENTS, EventFilter.NONE, NEWEST, 4, () -> false);

            assertSame(first, store.landmarks(ListKind.EVENTS, EventFilter.NONE, NEWEST, 4, () -> true),
                    "known landmarks need no walk, so a cancel cannot stop them");

            importFile(store, EXPORTS[4]);
            assertThrows(CancellationException.class,
                    () -> store.landmarks(ListKind.EVENTS, EventFilter.NONE, NEWEST, 4, () -> true),
                    "after an import the list is walked again");
            Landmarks after = store.landmarks(ListKind.EVENTS, EventFilter.NONE, NEWEST, 4, () -> false);
            assertEquals(store.count(ListKind.EVENTS, EventFilter.NONE) / 4, after.cursors().size());
        }
    }
}
