package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.Registration;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.PolicyChange;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.PolicySort;
import com.ssprviewer.store.query.RegistrationSort;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.SortField;
import com.ssprviewer.work.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every list sorted by any column orders rows of equal values by date (newest first when the column sorts
 * descending, oldest first when ascending), then by id: the same total order whether a page is reached by cursor,
 * by offset or from a landmark, page after page, whether the events' sort key covers every event or the list sorts
 * them in full. The sample exports are imported out of order (a later Graph page first), and an export lists its
 * newest rows first, so import order is not date order.
 */
class SortTieBreakTest {

    private static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static final List<EventFilter> FILTERS = List.of(EventFilter.NONE,
            EventFilter.builder().text("fabrikam").build());
    private static final int PAGE = 7;

    @TempDir
    Path dir;

    @Test
    void everySortOrdersEqualValuesByDateThenIdWithTheSortKeyIncompleteAndComplete() throws Exception {
        try (Store store = Store.open(dir)) {
            for (String name : List.of("graph-directoryAudits-page2.json", "audit-logs-download.csv",
                    "graph-directoryAudits-page1.json", "classic-password-reset-activity.csv",
                    "classic-registration-activity.csv", "sspr-policy-changes.json")) {
                importFile(store, name);
            }
            store.finishBackgroundWork();
            store.maintenance().holdUpkeep(true);
            importFile(store, "audit-logs-download.json");
            assertFalse(store.maintenance().sortKeyComplete(), "the key has not caught up yet");
            assertEveryList(store);
            store.maintenance().holdUpkeep(false);
            store.finishBackgroundWork();
            assertTrue(store.maintenance().sortKeyComplete(), "the key covers every event");
            assertEveryList(store);
        }
    }

    @Test
    void aStoreOfAnEarlierReleaseWritesItsSortKeyAgainWithTheDatesAndSortsTiesByDate() throws Exception {
        Files.createDirectories(dir);
        try (InputStream in = getClass().getResourceAsStream("/stores/v0.1.0/store/sspr.mv.db")) {
            Files.copy(in, dir.resolve("sspr.mv.db"));
        }
        assertFalse(StoreProbe.sortKeyComplete(dir), "the migration empties the key, which held no dates");
        try (Store store = Store.open(dir)) {
            store.finishBackgroundWork();
            assertTrue(store.maintenance().sortKeyComplete(), "written again in the background");
            assertEveryList(store);
        }
    }

    /** One list as the test reads it: its pages, and each row's id, time and value in a sort column. */
    private record Listed<T>(ListKind kind, Pager<T> pages, ToLongFunction<T> id, Function<T, Instant> time,
                             Map<SortField, Function<T, Object>> values) {
    }

    private interface Pager<T> {
        Page<T> page(EventFilter filter, Sort sort, PageRequest request);
    }

    private static void assertEveryList(Store store) {
        assertList(store, new Listed<EventRow>(ListKind.EVENTS, store::events, EventRow::id, EventRow::time, Map.of(
                EventSort.DATE, EventRow::time, EventSort.SERVICE, EventRow::service,
                EventSort.CATEGORY, EventRow::category, EventSort.ACTIVITY, EventRow::activity,
                EventSort.STATUS, EventRow::status, EventSort.REASON, EventRow::reason,
                EventSort.INITIATED_BY, EventRow::initiatedBy, EventSort.TARGET, EventRow::target,
                EventSort.IP, EventRow::ipAddress)));
        assertList(store, new Listed<AttemptRow>(ListKind.ATTEMPTS, store::attempts, AttemptRow::id,
                a -> a.attempt().time(), Map.of(AttemptSort.DATE, a -> a.attempt().time(),
                AttemptSort.USER, a -> a.attempt().user(), AttemptSort.ROLE, a -> a.attempt().role(),
                AttemptSort.METHODS, a -> a.attempt().methods(), AttemptSort.RESULT, a -> a.attempt().outcome(),
                AttemptSort.DETAILS, a -> a.attempt().details())));
        assertList(store, new Listed<Registration>(ListKind.REGISTRATIONS, store::registrations,
                Registration::eventId, Registration::time, Map.of(RegistrationSort.DATE, Registration::time,
                RegistrationSort.USER, Registration::user, RegistrationSort.ROLE, Registration::role,
                RegistrationSort.DATA, Registration::methods)));
        assertList(store, new Listed<PolicyChange>(ListKind.POLICY, store::policyChanges, PolicyChange::id,
                PolicyChange::time, Map.of(PolicySort.DATE, PolicyChange::time,
                PolicySort.INITIATED_BY, PolicyChange::initiatedBy, PolicySort.STATUS, PolicyChange::status)));
    }

    private static <T> void assertList(Store store, Listed<T> list) {
        for (EventFilter filter : FILTERS) {
            Set<Long> every = new HashSet<>(ids(list, walk(list, filter, list.kind().defaultSort())));
            for (Map.Entry<SortField, Function<T, Object>> field : list.values().entrySet()) {
                for (boolean descending : new boolean[] {false, true}) {
                    Sort sort = new Sort(field.getKey(), descending);
                    String what = list.kind() + " by " + field.getKey().key() + (descending ? " desc" : " asc")
                            + ", " + filter;
                    List<T> rows = walk(list, filter, sort);
                    List<Long> order = ids(list, rows);
                    assertEquals(every, new HashSet<>(order), what + ": every row once");
                    assertEquals(every.size(), order.size(), what + ": no row twice");
                    assertTiesByDateThenId(list, field.getValue(), rows, descending, what);
                    assertEquals(order, byOffset(list, filter, sort), what + ", by offset");
                    assertEquals(order, byLandmarks(store, list, filter, sort, order.size()),
                            what + ", from landmarks");
                }
            }
        }
    }

    /** Each value's rows come together, in (date, id) order in the sort's direction. */
    private static <T> void assertTiesByDateThenId(Listed<T> list, Function<T, Object> value, List<T> rows,
                                                   boolean descending, String what) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Object v = text(value.apply(rows.get(i)));
            boolean sameAsBefore = i > 0 && Objects.equals(v, text(value.apply(rows.get(i - 1))));
            if (!sameAsBefore) {
                assertTrue(seen.add(v), what + ": the rows of " + v + " come together");
                continue;
            }
            T before = rows.get(i - 1);
            T row = rows.get(i);
            int byTime = list.time().apply(before).compareTo(list.time().apply(row));
            int cmp = byTime != 0 ? byTime : Long.compare(list.id().applyAsLong(before), list.id().applyAsLong(row));
            assertTrue(descending ? cmp > 0 : cmp < 0, what + ": rows " + list.id().applyAsLong(before) + " and "
                    + list.id().applyAsLong(row) + " of " + v + " in (date, id) order");
        }
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }

    /** Every row, a page at a time, following the cursor. */
    private static <T> List<T> walk(Listed<T> list, EventFilter filter, Sort sort) {
        List<T> out = new ArrayList<>();
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            Page<T> page = list.pages().page(filter, sort, request);
            out.addAll(page.rows());
            if (page.next() == null) {
                return out;
            }
            request = new PageRequest(PAGE, 0, page.next());
        }
    }

    private static <T> List<Long> byOffset(Listed<T> list, EventFilter filter, Sort sort) {
        List<Long> out = new ArrayList<>();
        for (long offset = 0; ; offset += PAGE) {
            Page<T> page = list.pages().page(filter, sort, new PageRequest(PAGE, offset, null));
            out.addAll(ids(list, page.rows()));
            if (page.next() == null) {
                return out;
            }
        }
    }

    /** Every row, a page at a time, each page fetched from the nearest landmark (one every five rows). */
    private static <T> List<Long> byLandmarks(Store store, Listed<T> list, EventFilter filter, Sort sort, int rows) {
        Landmarks marks = store.landmarks(list.kind(), filter, sort, 5, () -> false);
        List<Long> out = new ArrayList<>();
        for (long from = 0; from < rows; from += PAGE) {
            out.addAll(ids(list, list.pages().page(filter, sort, marks.request(from, PAGE)).rows()));
        }
        return out;
    }

    private static <T> List<Long> ids(Listed<T> list, List<T> rows) {
        return rows.stream().map(list.id()::applyAsLong).toList();
    }

    private static void importFile(Store store, String name) {
        ImportResult r = store.importFile(SAMPLES.resolve(name), ExportFormats.opener(), Progress.NONE);
        assertTrue(r.eventsAdded() > 0, name);
    }
}
