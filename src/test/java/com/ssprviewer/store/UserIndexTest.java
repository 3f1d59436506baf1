package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.importRows;
import static com.ssprviewer.store.Fixtures.successFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.imports.ImportStage;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.schema.DirectConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large import builds the attempts' user index whole; whatever happens, the store keeps it. */
class UserIndexTest {

    private static final List<String> USERS = List.of("megan@fabrikam.com", "alex@fabrikam.com",
            "patti@fabrikam.com", "adele@fabrikam.com", "diego@fabrikam.com");

    /** Hours after the first import's flows: far enough that no flow can span both files. */
    private static final int LATER = 24 * 30;

    @TempDir
    Path dir;
    Store store;
    final List<ImportStage> stages = new ArrayList<>();
    /** Hears every import of the store opened for the test; a test swaps it to fail at a stage. */
    volatile ImportTuning.Hook hook = (stage, rows) -> stages.add(stage);

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir, ImportTuning.DEFAULT.withUserIndexAsideFrom(3)
                .withHook((stage, rows) -> hook.at(stage, rows)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** One successful flow per user, an hour apart from {@code startHour}, in the users' (unsorted) order. */
    private static List<AuditEvent> flows(int startHour, List<String> users) {
        List<AuditEvent> rows = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            rows.addAll(successFlow(at((startHour + i) * 60), "c" + startHour + "-" + i, users.get(i)));
        }
        return rows;
    }

    private List<String> usersInOrder() {
        List<String> users = new ArrayList<>();
        store.attempts(EventFilter.NONE, new Sort(AttemptSort.USER, false), PageRequest.first(100)).rows()
                .forEach(r -> users.add(r.attempt().user()));
        return users;
    }

    private String indexColumns() throws Exception {
        try (Connection c = DirectConnection.to(dir);
             ResultSet rs = c.createStatement().executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                     + " WHERE INDEX_NAME = 'ATTEMPTS_USER' ORDER BY ORDINAL_POSITION")) {
            List<String> columns = new ArrayList<>();
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
            return String.join(",", columns);
        }
    }

    /** Makes the next import fail the moment it has set the user index aside. */
    private void failWhileAside(Runnable failure) {
        hook = (stage, rows) -> {
            if (stage == ImportStage.USER_INDEX_ASIDE) {
                failure.run();
            }
        };
    }

    private String snapshot() {
        return store.imports() + "/" + store.count(ListKind.ATTEMPTS, EventFilter.NONE) + "/" + usersInOrder();
    }

    @Test
    void aLargeImportSetsTheUserIndexAsideAndBuildsItBeforeItCompletes() throws Exception {
        ImportResult r = importRows(store, "big.json", flows(0, USERS));

        assertEquals(ImportResult.Outcome.IMPORTED, r.outcome());
        assertTrue(stages.contains(ImportStage.USER_INDEX_ASIDE), stages.toString());
        assertEquals("USER_KEY,TS,ID", indexColumns());
        assertEquals(USERS.stream().sorted().toList(), usersInOrder());
    }

    @Test
    void anImportSmallerThanTheStoreKeepsTheUserIndexUpRowByRow() throws Exception {
        importRows(store, "big.json", flows(0, USERS));
        stages.clear();

        ImportResult r = importRows(store, "small.json", flows(LATER, List.of("zoe@fabrikam.com", "bea@fabrikam.com",
                "carl@fabrikam.com")));

        assertEquals(ImportResult.Outcome.IMPORTED, r.outcome());
        assertFalse(stages.contains(ImportStage.USER_INDEX_ASIDE), "3 new attempts against 5 stored: " + stages);
        assertEquals("USER_KEY,TS,ID", indexColumns());
        assertEquals(List.of("adele@fabrikam.com", "alex@fabrikam.com", "bea@fabrikam.com", "carl@fabrikam.com",
                "diego@fabrikam.com", "megan@fabrikam.com", "patti@fabrikam.com", "zoe@fabrikam.com"), usersInOrder());
    }

    @Test
    void aFailureWhileTheUserIndexIsAsideLeavesTheStoreAsBeforeWithItsIndex() throws Exception {
        importRows(store, "first.json", flows(0, USERS.subList(0, 1)));
        String before = snapshot();
        failWhileAside(() -> {
            throw new IllegalStateException("disk full");
        });

        ImportResult r = importRows(store, "big.json", flows(LATER, USERS.subList(1, 5)));

        assertEquals(ImportResult.Outcome.FAILED, r.outcome());
        assertEquals(before, snapshot());
        assertEquals("USER_KEY,TS,ID", indexColumns());
    }

    /** Stands for the process dying: nothing in the import gets to clean up. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void anImportKilledWhileTheUserIndexIsAsideIsUndoneWithItsIndexAtTheNextOpen() throws Exception {
        importRows(store, "first.json", flows(0, USERS.subList(0, 1)));
        String before = snapshot();
        failWhileAside(() -> {
            throw new Killed();
        });
        assertThrows(Killed.class, () -> importRows(store, "big.json", flows(LATER, USERS.subList(1, 5))));
        store.close();
        assertEquals("", indexColumns(), "the killed import left the index aside");

        store = Store.open(dir);

        assertEquals("USER_KEY,TS,ID", indexColumns());
        assertEquals(before, snapshot());
    }

    @Test
    void listsSortedByUserAreReadWhileAnImportHasTheIndexAside() throws Exception {
        importRows(store, "big.json", flows(0, USERS));
        store.maintenance().execute("DROP INDEX attempts_user");

        assertEquals(USERS.stream().sorted().toList(), usersInOrder());
        assertTrue(store.landmarks(ListKind.ATTEMPTS, EventFilter.NONE, new Sort(AttemptSort.USER, false), 2,
                () -> false)
                .isEmpty(), "deep pages go by offset until the index is back");
    }
}
