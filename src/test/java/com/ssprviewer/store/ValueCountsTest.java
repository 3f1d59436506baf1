package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.classicReset;
import static com.ssprviewer.store.Fixtures.flow;
import static com.ssprviewer.store.Fixtures.importRows;
import static com.ssprviewer.store.Fixtures.successFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.imports.ImportStage;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.ValueCounts;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-value counts the store keeps always equal the rows: counts of a one-column filter equal the rows the list
 * shows, and the attempts' counts (which sorted lists use to pass over whole values) equal the attempts, after
 * overlapping imports, a flow completed by a later file, a failed import and a re-import alike.
 */
class ValueCountsTest {

    private static final Path SAMPLES = Path.of("src/test/resources/samples");

    @TempDir
    Path dir;

    @Test
    void everyOneColumnCountEqualsTheRowsListed() {
        try (Store store = Store.open(dir)) {
            for (String f : List.of("audit-logs-download.csv", "audit-logs-download.json",
                    "graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json",
                    "classic-password-reset-activity.csv", "audit-logs-download.csv")) {
                store.importFile(SAMPLES.resolve(f), ExportFormats.opener(), Progress.NONE);
            }
            List<String> activities = store.distinctValues("activity", EventFilter.NONE);
            assertFalse(activities.isEmpty());
            for (String a : activities) {
                assertCounted(store, EventFilter.builder().activities(Set.of(a)).build());
            }
            assertCounted(store, EventFilter.builder().activities(Set.copyOf(activities.subList(0, 2))).build());
            for (String s : store.distinctValues("service", EventFilter.NONE)) {
                assertCounted(store, EventFilter.builder().services(Set.of(s)).build());
            }
            for (Status s : Status.values()) {
                assertCounted(store, EventFilter.builder().statuses(Set.of(s)).build());
            }
            assertCounted(store, EventFilter.builder().categories(Set.of("UserManagement")).build());
            assertCounted(store, EventFilter.builder().activities(Set.of("no such activity")).build());
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAttemptCountsFollowFlowsCompletedByALaterFileAndIgnoreFailedImports() throws Exception {
        List<AuditEvent> first = new ArrayList<>();
        first.add(flow(at(0), "User was presented with verification options.", "c1", "alex@fabrikam.com"));
        first.add(flow(at(1), "User started the mobile SMS verification option.", "c1", "alex@fabrikam.com"));
        first.add(classicReset(at(2), "patti@fabrikam.com", "User", Outcome.BLOCKED,
                "User tried to verify a phone number too many times and is blocked for 24 hours"));
        first.addAll(successFlow(at(5), "c2", "megan@fabrikam.com"));
        List<AuditEvent> second = new ArrayList<>(successFlow(at(0), "c1", "alex@fabrikam.com").subList(2, 4));
        second.add(flow(at(3), "User started the email verification option.", "c3", "lee_g@fabrikam.com"));
        importInto(first, null);
        assertCountsMatchAttempts();
        importInto(second, ImportStage.COMMIT);
        assertCountsMatchAttempts();
        importInto(second, null);
        try (Store store = Store.open(dir)) {
            assertEquals(Outcome.SUCCEEDED, store.attempts(EventFilter.builder().user("alex@fabrikam.com").build(),
                    null, PageRequest.first(10)).rows().get(0).attempt().outcome(), "the second file completes c1");
        }
        assertCountsMatchAttempts();
        importInto(first, null);
        assertCountsMatchAttempts();
    }

    @Test
    void aStoreWrittenBeforeTheAttemptCountsGainsThemWhenOpened() throws Exception {
        importInto(successFlow(at(0), "c1", "alex@fabrikam.com"), null);
        importInto(List.of(classicReset(at(2), "patti@fabrikam.com", "User", Outcome.FAILED,
                "User does not have a license. You can add a license to the user to resolve this")), null);
        String counted = counts();
        try (Store store = Store.open(dir)) {
            store.maintenance().execute("DELETE FROM value_counts WHERE field >= 6");
            store.maintenance().execute("ALTER TABLE value_counts ALTER COLUMN row_count RENAME TO events");
            store.maintenance().execute("ALTER TABLE value_counts RENAME TO event_values");
            store.maintenance().execute("DELETE FROM schema_version WHERE version >= 8");
        }
        Store.open(dir).close();
        assertEquals(counted, counts());
        assertCountsMatchAttempts();
    }

    /** Imports the rows as one file; with a stage, the import fails there and must leave no trace. */
    private void importInto(List<AuditEvent> rows, ImportStage failAt) throws StoreException {
        try (Store store = Store.open(dir, ImportTuning.DEFAULT.withHook((stage, n) -> {
            if (stage == failAt) {
                throw new IllegalStateException("disk full");
            }
        }))) {
            ImportResult r = importRows(store, "file.csv", rows);
            assertEquals(failAt == null ? ImportResult.Outcome.IMPORTED : ImportResult.Outcome.FAILED, r.outcome());
        }
    }

    /** Each counted attempt column's values with their counts, checked against the attempts themselves. */
    private void assertCountsMatchAttempts() throws Exception {
        Map<String, Long> want = new TreeMap<>();
        try (Store store = Store.open(dir)) {
            List<AttemptRow> attempts = store.attempts(EventFilter.NONE, null, PageRequest.first(1000)).rows();
            assertFalse(attempts.isEmpty());
            for (AttemptRow a : attempts) {
                want.merge("result=" + a.attempt().outcome().label(), 1L, Long::sum);
                want.merge("methods=" + Method.join(a.attempt().methods()), 1L, Long::sum);
                want.merge("details=" + a.attempt().details(), 1L, Long::sum);
            }
        }
        assertEquals(want.toString(), counts());
    }

    /** The attempts' counts as the closed store keeps them, in the form {@link #assertCountsMatchAttempts} builds. */
    private String counts() throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Database db = Database.open(dir)) {
            Connection c = db.borrow();
            try {
                for (ValueCounts.Field f : List.of(ValueCounts.Field.RESULT, ValueCounts.Field.METHODS,
                        ValueCounts.Field.DETAILS)) {
                    for (ValueCounts.Counted v : ValueCounts.values(c, f, false)) {
                        out.put(f.sortField.key() + "=" + v.value(), v.rows());
                    }
                }
            } finally {
                db.release(c);
            }
        }
        return out.toString();
    }

    private static void assertCounted(Store store, EventFilter f) {
        int rows = store.events(f, new Sort(EventSort.DATE, true), PageRequest.first(10_000)).rows().size();
        assertEquals(rows, store.count(ListKind.EVENTS, f), f.toString());
    }
}
