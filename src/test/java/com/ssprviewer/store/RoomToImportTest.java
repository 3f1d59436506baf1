package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.StoreAccessException;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.work.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import the disk has no room for is refused before a byte is written, with a sentence naming the free space and
 * what the file needs: a disk that fills up midway leaves a store that cannot be cleaned up until space is freed.
 */
class RoomToImportTest {

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path file = dir.resolve("audit-logs-download.csv");
        try (InputStream in = getClass().getResourceAsStream("/samples/audit-logs-download.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aDiskWithoutRoomForTheFileRefusesTheImportAndTheStoreStaysAsItWas() throws Exception {
        Path file = sample();
        ImportTuning nearlyFull = ImportTuning.DEFAULT.withDiskSpace(folder -> 5_000_000L);
        try (Store store = Store.open(dir.resolve("store"), nearlyFull)) {
            StoreAccessException e = assertThrows(StoreAccessException.class,
                    () -> store.importFile(file, ExportFormats.opener(), null, Progress.NONE));

            assertEquals(StoreProblem.NO_SPACE, e.problem());
            assertTrue(e.getMessage().startsWith("The disk holding the store "), e.getMessage());
            assertTrue(e.getMessage().contains(" has 5.0 MB free; importing audit-logs-download.csv ("),
                    e.getMessage());
            assertTrue(e.getMessage().contains("so nothing was imported; free some space"), e.getMessage());
            assertEquals(0, store.imports().size(), "not even a refused entry is written");
            assertEquals(0, store.count(ListKind.EVENTS, EventFilter.NONE));
        }
    }

    @Test
    void aDiskWithRoomImportsAsUsual() throws Exception {
        Path file = sample();
        ImportTuning roomy = ImportTuning.DEFAULT.withDiskSpace(folder -> 1L << 30);
        try (Store store = Store.open(dir.resolve("store"), roomy)) {
            ImportResult r = store.importFile(file, ExportFormats.opener(), null, Progress.NONE);
            assertEquals(ImportResult.Outcome.IMPORTED, r.outcome(), r.summaryLine());
            assertEquals(82, store.count(ListKind.EVENTS, EventFilter.NONE));
        }
    }
}
