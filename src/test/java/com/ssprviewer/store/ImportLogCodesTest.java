package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormat;
import com.ssprviewer.importer.ExportFormatException;
import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportOpener;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.work.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import log writes: the format's stable code, an explicit outcome code, whoever chose the reader. */
class ImportLogCodesTest {

    @TempDir
    Path dir;

    @Test
    void theStoreImportsWhateverReaderItIsHanded() throws Exception {
        ExportFormat unregistered = new ExportFormat("hand-built", "Rows built by a test", "test.format");
        Path file = Files.writeString(dir.resolve("rows.txt"), "anything");
        ExportOpener opener = f -> Fixtures.reader(unregistered, Fixtures.successFlow(Fixtures.T0, "c1", "a@x.com"));
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = store.importFile(file, opener, Progress.NONE);
            assertEquals(ImportResult.Outcome.IMPORTED, r.outcome());
            assertEquals(unregistered, r.format());
            assertEquals("rows.txt: imported, Rows built by a test, 4 rows read, 4 added, 0 duplicates, 0 rejected",
                    r.summaryLine());
            assertEquals(4, store.count(ListKind.EVENTS, EventFilter.NONE));
            ImportRecord rec = store.imports().get(0);
            assertEquals(List.of("hand-built", "IMPORTED"), List.of(rec.formatCode(), rec.outcome()));
        }
    }

    @Test
    void aFileTheOpenerRefusesIsLoggedWithItsDigestAndTheOpenersMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"), "Hello helpdesk\n");
        ExportOpener refusing = f -> {
            throw new ExportFormatException("note.txt: not one of ours.");
        };
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportResult r = store.importFile(file, refusing, Progress.NONE);
            assertEquals("note.txt: refused: not one of ours.", r.summaryLine());
            ImportRecord rec = store.imports().get(0);
            assertEquals(List.of("note.txt", "REFUSED", 15L), List.of(rec.fileName(), rec.outcome(), rec.size()));
            assertNull(rec.formatCode());
            assertEquals(64, rec.sha256().length(), rec.sha256());
        }
    }

    @Test
    void everyOutcomeHasItsOwnExplicitCode() {
        List<String> codes = Arrays.stream(ImportResult.Outcome.values()).map(ImportResult.Outcome::code).toList();
        assertEquals(List.of("IMPORTED", "REFUSED", "CANCELED", "FAILED", "REMOVED"), codes,
                "codes are on disk: never change");
        assertEquals(codes.size(), new HashSet<>(codes).size());
        for (ImportResult.Outcome o : ImportResult.Outcome.values()) {
            assertEquals(o, ImportResult.Outcome.fromCode(o.code()).orElseThrow());
        }
        assertTrue(ImportResult.Outcome.fromCode("RUNNING").isEmpty());
    }

    @Test
    void aStoreWrittenByRelease010ShowsEveryImportWithItsFormatCode() throws Exception {
        Path store = Files.createDirectories(dir.resolve("old"));
        try (InputStream in = getClass().getResourceAsStream("/stores/v0.1.0/store/sspr.mv.db")) {
            Files.copy(in, store.resolve("sspr.mv.db"));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("not-an-export.txt", null);
        expected.put("broken-rows.csv", "classic-reset-csv");
        expected.put("graph-directoryAudits-page2.json", "graph-json");
        expected.put("graph-directoryAudits-page1.json", "graph-json");
        expected.put("audit-logs-download.json", "audit-json");
        expected.put("audit-logs-download.csv", "audit-csv");
        expected.put("classic-registration-activity.csv", "classic-registration-csv");
        expected.put("classic-password-reset-activity.csv", "classic-reset-csv");
        try (Store s = Store.open(store)) {
            Map<String, String> found = new LinkedHashMap<>();
            for (ImportRecord r : s.imports()) {
                found.put(r.fileName(), r.formatCode());
                assertTrue(r.formatCode() == null || ExportFormats.byCode(r.formatCode()).isPresent(), r.formatCode());
            }
            assertEquals(expected, found);
            assertEquals("REFUSED", s.imports().get(0).outcome());
            assertTrue(s.imports().stream().skip(1).allMatch(r -> "IMPORTED".equals(r.outcome())));
        }
    }
}
