package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.importRows;
import static com.ssprviewer.store.Fixtures.successFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void aNewStoreIsCreatedAndItsDataSurvivesReopening() throws Exception {
        Path folder = dir.resolve("new").resolve("store");
        try (Store store = Store.open(folder)) {
            assertEquals(folder.toAbsolutePath().normalize(), store.directory());
            importRows(store, "a.csv", successFlow(at(0), "c", "a@x.com"));
        }
        try (Store store = Store.open(folder)) {
            assertEquals(4, store.count(ListKind.EVENTS, EventFilter.NONE));
            assertEquals(1, store.count(ListKind.ATTEMPTS, EventFilter.NONE));
        }
    }

    @Test
    void aStoreOpenTwiceIsRefusedWithAMessage() throws Exception {
        try (Store store = Store.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
        Store.open(dir).close();
    }

    @Test
    void everyStoreMethodRefusesTheJavaFxApplicationThread() throws Exception {
        try (Store store = Store.open(dir)) {
            List<Runnable> calls = List.of(store::directory, store::imports, () -> store.rejectedRows(1),
                    () -> store.count(ListKind.EVENTS, EventFilter.NONE),
                    () -> store.events(EventFilter.NONE, null, PageRequest.first(1)),
                    () -> store.attempts(EventFilter.NONE, null, PageRequest.first(1)),
                    () -> store.registrations(EventFilter.NONE, null, PageRequest.first(1)),
                    () -> store.event(1), () -> store.attemptEvents(1),
                    () -> store.forEachAttempt(EventFilter.NONE, a -> { }),
                    () -> store.forEachRegistration(EventFilter.NONE, a -> { }),
                    () -> store.distinctValues("service", EventFilter.NONE),
                    () -> store.importFile(dir.resolve("x.csv"), ExportFormats.opener(), Progress.NONE),
                    () -> {
                        try {
                            Store.open(dir.resolve("other"));
                        } catch (StoreException e) {
                            throw new AssertionError(e);
                        }
                    },
                    store::close);
            for (Runnable call : calls) {
                AtomicReference<Throwable> thrown = new AtomicReference<>();
                Thread fx = new Thread(() -> {
                    try {
                        call.run();
                    } catch (Throwable t) {
                        thrown.set(t);
                    }
                }, "JavaFX Application Thread");
                fx.start();
                fx.join();
                assertTrue(thrown.get() instanceof IllegalStateException, String.valueOf(thrown.get()));
            }
            assertEquals(List.of(), store.imports(), "the store still works off the FX thread");
        }
    }

    @Test
    void theDefaultFolderFollowsEachPlatformsConvention() {
        assertEquals(Path.of("C:/Users/a/AppData/Roaming", "SSPR Audit Viewer", "store"),
                StoreDirectories.defaultDirectory("Windows 11", Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "h"));
        assertEquals(Path.of("/Users/a/Library/Application Support/SSPR Audit Viewer/store"),
                StoreDirectories.defaultDirectory("Mac OS X", Map.of(), "/Users/a"));
        assertEquals(Path.of("/data/sspr-audit-viewer/store"),
                StoreDirectories.defaultDirectory("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/a"));
        assertEquals(Path.of("/home/a/.local/share/sspr-audit-viewer/store"),
                StoreDirectories.defaultDirectory("Linux", Map.of(), "/home/a"));
    }
}
