package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.audit;
import static com.ssprviewer.store.Fixtures.classicRegistration;
import static com.ssprviewer.store.Fixtures.classicReset;
import static com.ssprviewer.store.Fixtures.importRows;
import static com.ssprviewer.store.Fixtures.successFlow;
import static com.ssprviewer.store.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormat;
import com.ssprviewer.importer.ExportFormatException;
import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportReader;
import com.ssprviewer.importer.ParsedRow;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.imports.ImportStage;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.work.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreImportTest {

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Opens the store again with its imports tuned as the test asks. */
    private void reopen(ImportTuning tuning) throws StoreException {
        store.close();
        store = Store.open(dir, tuning);
    }

    private List<AuditEvent> mixedFile() {
        List<AuditEvent> rows = new ArrayList<>(successFlow(at(0), "c1", "alex@fabrikam.com"));
        rows.add(classicReset(at(10), "patti@fabrikam.com", "Global Administrator", Outcome.SUCCEEDED, "",
                Method.MOBILE_PHONE));
        rows.add(classicRegistration(at(11), "patti@fabrikam.com", "Global Administrator", Method.ALTERNATE_EMAIL));
        rows.add(audit(at(12), "Update user", Status.SUCCESS, "", "c9", "megan@fabrikam.com", "198.51.100.1"));
        return rows;
    }

    private String snapshot() {
        return store.imports() + "/" + state();
    }

    private String state() {
        return store.count(ListKind.EVENTS, EventFilter.NONE) + "/" + store.count(ListKind.ATTEMPTS, EventFilter.NONE)
                + "/" + store.count(ListKind.REGISTRATIONS, EventFilter.NONE) + "/"
                + store.registrations(EventFilter.NONE, null, com.ssprviewer.store.query.PageRequest.first(100)).rows()
                + "/" + store.distinctValues("role", EventFilter.NONE) + "/"
                + store.attempts(EventFilter.NONE, null, com.ssprviewer.store.query.PageRequest.first(100)).rows();
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        ImportResult first = importRows(store, "a.csv", mixedFile());
        assertEquals(ImportResult.Outcome.IMPORTED, first.outcome());
        assertEquals(7, first.eventsAdded());
        String before = state();
        ImportResult again = importRows(store, "a.csv", mixedFile());
        assertEquals(0, again.eventsAdded());
        assertEquals(7, again.duplicates());
        assertEquals(7, store.count(ListKind.EVENTS, EventFilter.NONE));
        assertEquals(2, store.count(ListKind.ATTEMPTS, EventFilter.NONE));
        assertEquals(before, state());
    }

    @Test
    void overlappingFilesAddOnlyTheNewRows() {
        List<AuditEvent> all = mixedFile();
        importRows(store, "first.csv", all.subList(0, 4));
        ImportResult second = importRows(store, "second.csv", all.subList(2, 7));
        assertEquals(3, second.eventsAdded());
        assertEquals(2, second.duplicates());
        assertEquals(7, store.count(ListKind.EVENTS, EventFilter.NONE));
    }

    @Test
    void identicalRowsInOneFileAreTwoEventsAndStayTwoOnReimport() {
        AuditEvent row = audit(at(1), "Update user", Status.SUCCESS, "", "c1", "a@x.com", "198.51.100.2");
        assertEquals(2, importRows(store, "twice.csv", List.of(row, row)).eventsAdded());
        ImportResult again = importRows(store, "once.csv", List.of(row));
        assertEquals(0, again.eventsAdded());
        assertEquals(1, again.duplicates());
        assertEquals(1, importRows(store, "thrice.csv", List.of(row, row, row)).eventsAdded());
        assertEquals(3, store.count(ListKind.EVENTS, EventFilter.NONE));
    }

    @Test
    void recordsWithAnIdAreKeyedByItAcrossFiles() {
        AuditEvent a = withId(audit(at(1), "Update user", Status.SUCCESS, "", "c1", "a@x.com", null), "id-1");
        AuditEvent sameIdOtherText = withId(audit(at(1), "Update user", Status.SUCCESS, "changed", "c1", "a@x.com",
                null), "id-1");
        importRows(store, "page1.json", List.of(a));
        ImportResult second = importRows(store, "page2.json", List.of(sameIdOtherText, a));
        assertEquals(0, second.eventsAdded());
        assertEquals(2, second.duplicates());
    }

    @Test
    void aFailureAtAnyPointLeavesTheStoreExactlyAsBefore() throws Exception {
        importRows(store, "base.csv", mixedFile().subList(0, 2));
        String before = snapshot();
        List<AuditEvent> next = new ArrayList<>(mixedFile());
        next.addAll(successFlow(at(100), "c2", "megan@fabrikam.com"));
        AtomicReference<ImportStage> failAt = new AtomicReference<>();
        reopen(ImportTuning.DEFAULT.withCommitEvery(2).withHook((s, rows) -> {
            if (s == failAt.get() && rows >= 5) {
                throw new IllegalStateException("disk full");
            }
        }));
        for (ImportStage stage : List.of(ImportStage.ROW, ImportStage.ATTEMPTS, ImportStage.COMMIT)) {
            failAt.set(stage);
            ImportResult r = importRows(store, "next.csv", next);
            assertEquals(ImportResult.Outcome.FAILED, r.outcome(), stage.toString());
            assertTrue(r.message().startsWith("next.csv: import failed"), r.message());
            assertEquals(before, snapshot(), stage.toString());
        }
        failAt.set(null);
        assertEquals(ImportResult.Outcome.IMPORTED, importRows(store, "next.csv", next).outcome());
        assertEquals(11, store.count(ListKind.EVENTS, EventFilter.NONE));
    }

    /** Stands for the process dying mid-import: nothing in the import gets to clean up. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void anImportKilledMidFileLeavesNoTraceAfterReopening() throws Exception {
        importRows(store, "base.csv", mixedFile().subList(0, 2));
        String before = snapshot();
        List<AuditEvent> next = new ArrayList<>(mixedFile());
        next.addAll(successFlow(at(100), "c2", "megan@fabrikam.com"));
        reopen(ImportTuning.DEFAULT.withCommitEvery(2).withHook((s, rows) -> {
            if (s == ImportStage.ROW && rows >= 7) {
                throw new Killed();
            }
        }));
        org.junit.jupiter.api.Assertions.assertThrows(Killed.class, () -> importRows(store, "next.csv", next));
        assertEquals(before, snapshot(), "readers never see a running import");
        store.close();
        try (java.sql.Connection c = com.ssprviewer.store.schema.DirectConnection.to(dir);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM events")) {
            rs.next();
            assertTrue(rs.getLong(1) > 2, "the killed import had committed rows");
        }
        store = Store.open(dir);
        assertEquals(before, snapshot());
        assertEquals(ImportResult.Outcome.IMPORTED, importRows(store, "next.csv", next).outcome());
        assertEquals(11, store.count(ListKind.EVENTS, EventFilter.NONE));
    }

    @Test
    void cancelingLeavesTheStoreExactlyAsBefore() {
        importRows(store, "base.csv", mixedFile().subList(0, 2));
        String before = snapshot();
        int[] polls = {0};
        Progress cancelAfterThree = new Progress() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return ++polls[0] > 3;
            }
        };
        ImportResult r = store.importReader(Path.of("x.csv"), "x.csv", 1, "0", Fixtures.reader(Fixtures.AUDIT_CSV,
                mixedFile()), cancelAfterThree);
        assertEquals(ImportResult.Outcome.CANCELED, r.outcome());
        assertEquals(0, r.importId());
        assertEquals(before, snapshot());
    }

    @Test
    void rejectedRowsAreReportedAndRetrievableLater() {
        List<Object> rows = new ArrayList<>(mixedFile().subList(0, 2));
        rows.add(new ParsedRow.Rejected(4, "impossible date 2025-02-30 10:15:03"));
        rows.add(new ParsedRow.Rejected(7, "no user"));
        ImportResult r = importRows(store, "broken-rows.csv", rows);
        assertEquals(4, r.rowsRead());
        assertEquals(2, r.eventsAdded());
        assertEquals(2, r.rejected());
        assertEquals("broken-rows.csv:4: impossible date 2025-02-30 10:15:03", r.rejectedRows().get(0).toString());
        assertEquals(r.rejectedRows(), store.rejectedRows(r.importId()));
        assertEquals(2, store.imports().get(0).rejected());
    }

    @Test
    void aFileRefusedMidwayIsRecordedAndStoresNothing() {
        ExportReader breaks = new ExportReader() {
            private int n;

            @Override
            public ExportFormat format() {
                return ExportFormats.byCode("audit-json").orElseThrow();
            }

            @Override
            public ParsedRow next() throws ExportFormatException {
                if (n++ < 2) {
                    return new ParsedRow.Event(mixedFile().get(n), n + 1);
                }
                throw new ExportFormatException("bad.json:40: the JSON breaks off; download the export again");
            }

            @Override
            public long bytesRead() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        ImportResult r = store.importReader(Path.of("bad.json"), "bad.json", 5, "ab", breaks, Progress.NONE);
        assertEquals(ImportResult.Outcome.REFUSED, r.outcome());
        assertNull(r.format());
        assertEquals(0, store.count(ListKind.EVENTS, EventFilter.NONE));
        ImportRecord rec = store.imports().get(0);
        assertEquals("REFUSED", rec.outcome());
        assertEquals(r.importId(), rec.id());
        assertEquals("bad.json: refused: bad.json:40: the JSON breaks off; download the export again",
                r.summaryLine());
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedWithItsNameAndRecorded() throws Exception {
        Path note = dir.resolve("not-an-export.txt");
        Files.writeString(note, "Hello helpdesk\n");
        ImportResult r = store.importFile(note, ExportFormats.opener(), Progress.NONE);
        assertEquals(ImportResult.Outcome.REFUSED, r.outcome());
        assertTrue(r.summaryLine().startsWith("not-an-export.txt: refused: "), r.summaryLine());
        ImportRecord rec = store.imports().get(0);
        assertEquals("not-an-export.txt", rec.fileName());
        assertEquals(15, rec.size());
        assertEquals(sha256(note), rec.sha256());
        assertEquals(0, store.count(ListKind.EVENTS, EventFilter.NONE));
    }

    @Test
    void anImportedFileIsRecordedWithItsSizeAndSha256() throws Exception {
        Path csv = dir.resolve("audit-logs-download.csv");
        Files.copy(Path.of("src/test/resources/samples/audit-logs-download.csv"), csv);
        ImportResult r = store.importFile(csv, ExportFormats.opener(), Progress.NONE);
        assertEquals(ImportResult.Outcome.IMPORTED, r.outcome());
        ImportRecord rec = store.imports().get(0);
        assertEquals(List.of(Files.size(csv), sha256(csv)), List.of(rec.size(), rec.sha256()));
    }

    /** The file's SHA-256 as {@code sha256sum} prints it. */
    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    @Test
    void everyImportIsRecordedWithItsCounts() {
        ImportResult r = importRows(store, "audit.csv", mixedFile());
        ImportRecord rec = store.imports().get(0);
        assertEquals(List.of("audit.csv", 7L, 7L, 0L, 0L, "IMPORTED"), List.of(rec.fileName(), rec.rowsRead(),
                rec.eventsAdded(), rec.duplicates(), rec.rejected(), rec.outcome()));
        assertEquals("audit-csv", rec.formatCode());
        assertEquals("audit.csv: imported, Audit log download (CSV), 7 rows read, 7 added, 0 duplicates, 0 rejected",
                r.summaryLine());
        importRows(store, "second.csv", List.of());
        assertEquals("second.csv", store.imports().get(0).fileName());
    }
}
