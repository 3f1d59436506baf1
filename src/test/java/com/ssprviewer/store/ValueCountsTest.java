package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts of a one-column filter (read from the per-value counts the store keeps) equal the rows the list shows,
 * after overlapping imports and a re-import alike.
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
                store.importFile(SAMPLES.resolve(f), ImportOptions.defaults(), ImportListener.NONE);
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

    private static void assertCounted(Store store, EventFilter f) {
        int rows = store.events(f, new Sort("date", true), PageRequest.first(10_000)).rows().size();
        assertEquals(rows, store.count(ListKind.EVENTS, f), f.toString());
    }
}
