package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.classicReset;
import static com.ssprviewer.store.Fixtures.importRows;
import static com.ssprviewer.store.Fixtures.successFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attempts sorted by role come in (role, time, id) order, users without a role first, page by page and by cursor,
 * whether a handful of users hold a role (walked role by role) or more than a thousand do (sorted in full), with or
 * without a filter.
 */
class RoleSortTest {

    private static final String[] ROLES = {"User", "Helpdesk Administrator", "Global Administrator"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} role holders")
    @ValueSource(ints = {3, 1_001})
    void attemptsSortedByRoleComeInRoleThenTimeThenIdOrder(int holders) throws Exception {
        List<AuditEvent> rows = new ArrayList<>();
        for (int i = 0; i < holders; i++) {
            rows.add(classicReset(at(i % 50), "holder" + i + "@fabrikam.com", ROLES[i % ROLES.length],
                    i % 4 == 0 ? Outcome.FAILED : Outcome.SUCCEEDED, ""));
        }
        for (int i = 0; i < 40; i++) {
            rows.addAll(successFlow(at(3 * i), "corr-" + i, "plain" + i + "@fabrikam.com"));
        }
        try (Store store = Store.open(dir)) {
            importRows(store, "mixed.csv", rows);
            for (EventFilter filter : List.of(EventFilter.NONE,
                    EventFilter.builder().results(Set.of(Outcome.SUCCEEDED)).build())) {
                List<AttemptRow> all = store.attempts(filter, null, PageRequest.first(5_000)).rows();
                for (boolean descending : new boolean[] {false, true}) {
                    Comparator<AttemptRow> byRole = Comparator.comparing((AttemptRow a) -> role(a))
                            .thenComparing((AttemptRow a) -> a.attempt().time()).thenComparing(AttemptRow::id);
                    List<Long> want = all.stream().sorted(descending ? byRole.reversed() : byRole)
                            .map(AttemptRow::id).collect(Collectors.toList());
                    Sort sort = new Sort(AttemptSort.ROLE, descending);
                    String what = filter + (descending ? " desc" : " asc");
                    assertEquals(want, byOffset(store, filter, sort), what + " by offset");
                    assertEquals(want, byCursor(store, filter, sort), what + " by cursor");
                }
            }
        }
    }

    private static String role(AttemptRow a) {
        return a.attempt().role() == null ? "" : a.attempt().role();
    }

    private static List<Long> byOffset(Store store, EventFilter filter, Sort sort) {
        List<Long> ids = new ArrayList<>();
        for (long off = 0; ; off += 37) {
            Page<AttemptRow> p = store.attempts(filter, sort, new PageRequest(37, off, null));
            p.rows().forEach(a -> ids.add(a.id()));
            if (p.next() == null) {
                return ids;
            }
        }
    }

    private static List<Long> byCursor(Store store, EventFilter filter, Sort sort) {
        List<Long> ids = new ArrayList<>();
        PageRequest.Cursor cursor = null;
        do {
            Page<AttemptRow> p = store.attempts(filter, sort, new PageRequest(37, 0, cursor));
            p.rows().forEach(a -> ids.add(a.id()));
            cursor = p.next();
        } while (cursor != null);
        return ids;
    }
}
