package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.Visible;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists of events sorted by any text come out in exactly (text, time, id) order, page after page and at an offset:
 * whether the store's sort key already covers the events or the list sorts them in full (right after an import, and
 * once the key has caught up), and for the few-valued texts walked value by value.
 */
class SortKeyTest {

    private static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static final List<EventFilter> FILTERS = List.of(EventFilter.NONE,
            EventFilter.builder().statuses(Set.of(Status.FAILURE)).build(),
            EventFilter.builder().text("fabrikam").build());

    @TempDir
    Path dir;

    @Test
    void sortedListsFollowTextThenTimeThenIdOnceTheSortKeyHasCaughtUp() throws Exception {
        try (Store store = Store.open(dir)) {
            importFile(store, "audit-logs-download.csv");
            importFile(store, "graph-directoryAudits-page1.json");
            store.finishBackgroundWork();
            assertTrue(store.maintenance().sortKeyComplete(), "the key covers every event");
            assertEveryOrder(store);
        }
    }

    @Test
    void eventsOfANewImportAreSortedInBeforeTheSortKeyCatchesUp() throws Exception {
        try (Store store = Store.open(dir)) {
            importFile(store, "audit-logs-download.csv");
            store.finishBackgroundWork();
            store.maintenance().holdUpkeep(true);
            importFile(store, "audit-logs-download.json");
            assertFalse(store.maintenance().sortKeyComplete(), "the key has not caught up yet");
            assertEveryOrder(store);
            store.maintenance().holdUpkeep(false);
            store.finishBackgroundWork();
            assertTrue(store.maintenance().sortKeyComplete());
            assertEveryOrder(store);
        }
    }

    @Test
    void theSortKeySurvivesReopeningAndCoversEveryEvent() throws Exception {
        try (Store store = Store.open(dir)) {
            importFile(store, "graph-directoryAudits-page1.json");
            store.finishBackgroundWork();
        }
        try (Store store = Store.open(dir)) {
            importFile(store, "graph-directoryAudits-page2.json");
            store.finishBackgroundWork();
            assertTrue(store.maintenance().sortKeyComplete());
            assertEveryOrder(store);
        }
    }

    @Test
    void anExtensionStoppedMidwayLeavesTheKeyIncompleteAndTheNextOneCompletesItExactly() throws Exception {
        try (Store store = Store.open(dir)) {
            store.maintenance().holdUpkeep(true);
            importFile(store, "audit-logs-download.csv");
        }
        try (Database db = Database.open(dir)) {
            java.sql.Connection c = db.borrow();
            try {
                long limit = SortOrders.visibleLimit(c, Visible.ALL);
                long before = SortOrders.covered(c);
                int[] asked = {0};
                SortOrders.extend(c, limit, () -> asked[0]++ > 3, 10);
                assertEquals(before, SortOrders.covered(c), "the stopped slice moved no watermark");
                assertTrue(count(c) > 0, "though some of its entries were committed");
                assertFalse(SortOrders.complete(c, Visible.ALL), "so lists do not use the key yet");
            } finally {
                db.release(c);
            }
        }
        try (Database db = Database.open(dir)) {
            java.sql.Connection c = db.borrow();
            try {
                long limit = SortOrders.visibleLimit(c, Visible.ALL);
                assertEquals(limit - SortOrders.covered(c), SortOrders.extend(c, limit, () -> false, 10));
                assertTrue(SortOrders.complete(c, Visible.ALL));
                assertEquals(3 * 82, count(c), "every event once per field, nothing twice");
            } finally {
                db.release(c);
            }
        }
    }

    private static long count(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM event_order")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void importFile(Store store, String name) {
        ImportResult r = store.importFile(SAMPLES.resolve(name), ExportFormats.opener(), Progress.NONE);
        assertTrue(r.eventsAdded() > 0, name);
    }

    private static void assertEveryOrder(Store store) {
        for (EventFilter f : FILTERS) {
            List<EventRow> all = walk(store, f, new Sort(EventSort.DATE, true));
            assertOrder(store, f, all, EventSort.TARGET, EventRow::target);
            assertOrder(store, f, all, EventSort.IP, EventRow::ipAddress);
            assertOrder(store, f, all, EventSort.INITIATED_BY, EventRow::initiatedBy);
            assertOrder(store, f, all, EventSort.SERVICE, EventRow::service);
            assertOrder(store, f, all, EventSort.CATEGORY, EventRow::category);
            assertOrder(store, f, all, EventSort.ACTIVITY, EventRow::activity);
            assertOrder(store, f, all, EventSort.STATUS, r -> r.status().label());
            assertOrder(store, f, all, EventSort.REASON, EventRow::reason);
        }
    }

    private static void assertOrder(Store store, EventFilter f, List<EventRow> all, EventSort field,
                                    Function<EventRow, String> value) {
        Comparator<EventRow> order = Comparator.comparing((EventRow r) -> text(value.apply(r)))
                .thenComparing(EventRow::time).thenComparingLong(EventRow::id);
        List<Long> ascending = all.stream().sorted(order).map(EventRow::id).toList();
        List<Long> descending = all.stream().sorted(order.reversed()).map(EventRow::id).toList();
        assertEquals(ascending, ids(walk(store, f, new Sort(field, false))), field + " ascending, " + f);
        assertEquals(descending, ids(walk(store, f, new Sort(field, true))), field + " descending, " + f);
        int offset = Math.min(13, ascending.size());
        assertEquals(ascending.subList(offset, Math.min(offset + 7, ascending.size())),
                ids(store.events(f, new Sort(field, false), new PageRequest(7, offset, null)).rows()),
                field + " at offset " + offset + ", " + f);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static List<Long> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::id).toList();
    }

    /** Every row, seven at a time, following the cursor. */
    private static List<EventRow> walk(Store store, EventFilter f, Sort sort) {
        List<EventRow> out = new ArrayList<>();
        PageRequest request = PageRequest.first(7);
        while (true) {
            Page<EventRow> page = store.events(f, sort, request);
            out.addAll(page.rows());
            if (page.next() == null) {
                return out;
            }
            request = new PageRequest(7, 0, page.next());
        }
    }
}
