package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.audit;
import static com.ssprviewer.store.Fixtures.importRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.imports.ImportStage;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.ImportCleanup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that does not finish (it fails, or the program dies during it) leaves nothing of its file behind, not
 * even a text of the store's dictionary; and an open that must first remove many of its rows says so before it
 * starts.
 */
class UnfinishedImportTest {

    private static final List<String> TEXTS = List.of("fabrikam", "tenant-1", "mozilla", "198.51.100.", "update");

    @TempDir
    Path dir;

    /** Stands for the process dying: no code of the import runs after it. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aFailedFirstImportLeavesNoTextOfItsFileInAnyTable() throws Exception {
        try (Store store = Store.open(dir, ImportTuning.DEFAULT.withCommitEvery(2).withHook((stage, rows) -> {
            if (stage == ImportStage.ROW && rows >= 5) {
                throw new IllegalStateException("disk full");
            }
        }))) {
            assertEquals(ImportResult.Outcome.FAILED, importRows(store, "first.csv", events(8)).outcome());
        }
        assertEquals(List.of(), cellsHoldingTextOfTheFile());
    }

    @Test
    void aFirstImportKilledMidwayLeavesNoTextOfItsFileOnceTheStoreIsOpenedAgain() throws Exception {
        killedImport(events(8), 5);
        Store.open(dir).close();
        assertEquals(List.of(), cellsHoldingTextOfTheFile());
    }

    @Test
    void anOpenThatMustRemoveManyRowsOfAnUnfinishedImportSaysSoBeforeItStarts() throws Exception {
        int rows = (int) ImportCleanup.NOTICE_ROWS + 2_000;
        killedImport(events(rows), rows - 500);
        List<Long> heard = new ArrayList<>();
        try (Store store = Store.open(dir, heard::add)) {
            assertEquals(0, store.count(ListKind.EVENTS, EventFilter.NONE));
        }
        assertEquals(1, heard.size(), "told once: " + heard);
        assertTrue(heard.get(0) >= ImportCleanup.NOTICE_ROWS && heard.get(0) <= rows * 2L, "rows " + heard);
    }

    @Test
    void anOpenThatRemovesAFewRowsOfAnUnfinishedImportSaysNothing() throws Exception {
        killedImport(events(40), 30);
        List<Long> heard = new ArrayList<>();
        try (Store store = Store.open(dir, heard::add)) {
            assertEquals(0, store.count(ListKind.EVENTS, EventFilter.NONE));
        }
        assertEquals(List.of(), heard);
    }

    /** Imports the rows until the given row, where the import stops as if the process died; then closes. */
    private void killedImport(List<AuditEvent> rows, int killAt) throws Exception {
        try (Store store = Store.open(dir, ImportTuning.DEFAULT.withCommitEvery(2).withHook((stage, n) -> {
            if (stage == ImportStage.ROW && n >= killAt) {
                throw new Killed();
            }
        }))) {
            assertThrows(Killed.class, () -> importRows(store, "killed.csv", rows));
        }
    }

    private static List<AuditEvent> events(int n) {
        List<AuditEvent> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(audit(at(i), "Update user", Status.SUCCESS, "", "c" + i, "user" + i + "@fabrikam.com",
                    "198.51.100." + (i % 250)));
        }
        return rows;
    }

    /** Every cell of every table holding a text of the file (user, object id, tenant, agent, address, operation). */
    private List<String> cellsHoldingTextOfTheFile() throws Exception {
        List<String> found = new ArrayList<>();
        try (Database db = Database.open(dir)) {
            Connection c = db.borrow();
            try (Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'PUBLIC'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                assertTrue(tables.contains("STRINGS"), tables.toString());
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                        while (rs.next()) {
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                Object v = rs.getObject(i);
                                String cell = v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1)
                                        : String.valueOf(v);
                                if (TEXTS.stream().anyMatch(cell.toLowerCase(java.util.Locale.ROOT)::contains)) {
                                    found.add(table + "." + rs.getMetaData().getColumnName(i) + ": " + cell);
                                }
                            }
                        }
                    }
                }
            } finally {
                db.release(c);
            }
        }
        return found;
    }
}
