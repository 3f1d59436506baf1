package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.api.Removal;
import com.ssprviewer.store.api.StoreAccessException;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A removal is one transaction: one that fails on the way leaves the store exactly as it was. */
class RemovalTransactionTest {

    private static final String USER = "gustav.demir@fabrikam.com";

    @TempDir
    Path dir;

    @Test
    void aForgetOrRetentionThatFailsMidwayLeavesEveryRowInPlace() throws Exception {
        List<Path> files = new SampleGenerator(SampleSpec.defaults()).writeAll(dir.resolve("sample"), Progress.NONE);
        try (Store store = Store.open(dir.resolve("store"))) {
            for (Path f : files) {
                store.importFile(f, ExportFormats.opener(), null, Progress.NONE);
            }
            store.finishBackgroundWork();
            List<Long> before = counts(store);
            Removal preview = store.forget(USER, false);
            assertTrue(preview.events() > 0 && preview.snapshotRows() > 0, preview.toString());
            assertEquals(before, counts(store), "a preview removes nothing");

            // the last table a removal writes is gone: it fails after deleting the rows
            BenchAccess.execute(store, "ALTER TABLE landmark_lists RENAME TO landmark_lists_aside");
            assertThrows(StoreAccessException.class, () -> store.forget(USER, true));
            assertThrows(StoreAccessException.class, () -> store.removeOlderThan(LocalDate.of(2025, 3, 15), true));
            BenchAccess.execute(store, "ALTER TABLE landmark_lists_aside RENAME TO landmark_lists");

            assertEquals(before, counts(store));
            assertEquals(preview, store.forget(USER, false), "the same rows are still there to remove");

            // cancelled once the rows are deleted but before the end: whole or nothing as well
            assertThrows(CancellationException.class, () -> store.forget(USER, true, cancelAfter(4)));
            assertThrows(CancellationException.class,
                    () -> store.removeOlderThan(LocalDate.of(2025, 3, 15), true, cancelAfter(4)));
            assertEquals(before, counts(store), "a cancelled removal removes nothing");
            assertEquals(before.get(4), (long) store.imports().size(), "nothing was logged");
        }
    }

    /** Reports progress and asks to stop once {@code steps} steps are done. */
    private static Progress cancelAfter(long steps) {
        return new Progress() {
            private long done;

            @Override
            public void progress(long doneSteps, long total) {
                done = doneSteps;
            }

            @Override
            public boolean cancelled() {
                return done >= steps;
            }
        };
    }

    private static List<Long> counts(Store store) {
        return List.of(store.count(ListKind.EVENTS, EventFilter.NONE), store.count(ListKind.ATTEMPTS, EventFilter.NONE),
                store.count(ListKind.REGISTRATIONS, EventFilter.NONE), (long) store.snapshots().size(),
                (long) store.imports().size(), store.userSnapshots(USER, null).stream().count());
    }
}
