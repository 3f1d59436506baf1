package com.ssprviewer.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.lists.ListDefinitions;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.Tasks;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagedListModelTest {
    @TempDir
    static Path dir;
    static Store store;
    static StoreAccess access;

    @BeforeAll
    static void fill() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        store = SampleStore.samples(dir);
        access = StoreAccess.of(store, Tasks.sameThread());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static PageSource<EventRow> eventSource() {
        return PageSource.of(access, ListDefinitions.EVENTS);
    }

    private static PagedListModel<EventRow> events(int pageSize, int maxPages) {
        return new PagedListModel<>(eventSource(), Tasks.sameThread(), pageSize, maxPages);
    }

    @Test
    void theCountSaysHowManyRowsMatchOutOfAll() {
        PagedListModel<EventRow> model = events(50, 3);
        model.load(EventFilter.builder().statuses(Set.of(Status.FAILURE)).build());

        long failures = store.count(ListKind.EVENTS, model.filter());
        assertEquals(failures, model.matchingProperty().get());
        assertEquals(259, model.totalProperty().get());
        assertEquals(failures + " of 259", model.countText().get());
        assertEquals((int) failures, model.rows().size());
        assertTrue(failures > 0 && failures < 259);
    }

    @Test
    void scrollingThroughEveryRowShowsTheStoreOrderAndKeepsOnlyAFewPages() {
        PagedListModel<EventRow> model = events(40, 2);
        Sort sort = new Sort(EventSort.ACTIVITY, false);
        model.load(EventFilter.NONE);
        model.setSort(sort);

        List<Long> expected = ids(store.events(EventFilter.NONE, sort, PageRequest.first(1000)).rows());
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < model.rows().size(); i++) {
            seen.add(model.rows().get(i).id());
            assertTrue(model.pagesInMemory() <= 2, "pages in memory: " + model.pagesInMemory());
        }
        assertEquals(expected, seen);
    }

    @Test
    void scrollingUpFromTheEndShowsTheStoreOrderEvenWithTies() {
        List<PageRequest> fetched = new ArrayList<>();
        PagedListModel<EventRow> model = new PagedListModel<>(recording(fetched), Tasks.sameThread(), 40, 2);
        Sort sort = new Sort(EventSort.STATUS, false);
        model.load(EventFilter.NONE);
        model.setSort(sort);
        fetched.clear();

        List<Long> expected = ids(store.events(EventFilter.NONE, sort, PageRequest.first(1000)).rows());
        for (int i = model.rows().size() - 1; i >= 0; i--) {
            assertEquals(expected.get(i), model.rows().get(i).id(), "row " + i);
        }
        assertTrue(fetched.stream().allMatch(r -> r.offset() <= 259 / 2 + 40), "never deeper than half: " + fetched);
        assertTrue(fetched.stream().anyMatch(r -> r.after() != null), "keyset backwards too");
    }

    @Test
    void jumpingDeepIntoTheListLoadsThatPageByItself() {
        PagedListModel<EventRow> model = events(30, 2);
        model.load(EventFilter.NONE);
        List<Long> expected = ids(store.events(EventFilter.NONE, null, PageRequest.first(1000)).rows());

        assertNull(model.loadedRow(200), "not loaded before it is needed");
        assertEquals(expected.get(200), model.rows().get(200).id());
        assertEquals(expected.get(258), model.rows().get(258).id());
        assertEquals(expected.get(0), model.rows().get(0).id());
    }

    @Test
    void aFilterChangeLoadsANewListFromTheStore() {
        PagedListModel<EventRow> model = events(50, 3);
        model.load(EventFilter.NONE);
        var before = model.rows();

        EventFilter corr = EventFilter.builder().correlationId("6a4bc617-cf8e-4242-adef-6c06de0f8a34").build();
        model.setFilter(corr);

        assertTrue(before != model.rows());
        assertEquals(store.count(ListKind.EVENTS, corr), model.rows().size());
        assertEquals(ids(store.events(corr, null, PageRequest.first(100)).rows()),
                ids(model.rows().subList(0, model.rows().size())));
    }

    @Test
    void aSlowAnswerToAnOlderFilterNeverReplacesTheNewerOne() {
        Deque<Runnable> queued = new ArrayDeque<>();
        Executor later = queued::add;
        PagedListModel<EventRow> model = new PagedListModel<>(eventSource(), later, Runnable::run, 50, 3);
        EventFilter failures = EventFilter.builder().statuses(Set.of(Status.FAILURE)).build();

        model.load(EventFilter.NONE);
        List<Runnable> older = new ArrayList<>(queued);
        queued.clear();
        model.setFilter(failures);
        drain(queued);
        older.forEach(Runnable::run);

        assertEquals(store.count(ListKind.EVENTS, failures), model.matchingProperty().get());
        assertEquals(failures, model.filter());
    }

    @Test
    void askingForEveryRowAtOnceFetchesOnlyTheLatestPages() {
        Deque<Runnable> fx = new ArrayDeque<>();
        List<PageRequest> fetched = new ArrayList<>();
        PageSource<EventRow> counting = recording(fetched);
        PagedListModel<EventRow> model = new PagedListModel<>(counting, Runnable::run, fx::add, 10, 3);
        model.load(EventFilter.NONE);
        drain(fx);
        fetched.clear();

        for (int i = 0; i < model.rows().size(); i++) {
            model.rows().get(i);
        }
        drain(fx);

        assertEquals(3, fetched.size(), "only the 3 pages asked for last, of 26");
        List<Long> expected = ids(store.events(EventFilter.NONE, null, PageRequest.first(300)).rows());
        assertEquals(expected.get(258), model.loadedRow(258).id());
        assertNull(model.loadedRow(100));
    }

    @Test
    void pagesScrolledPastBeforeTheirTurnAreNeverFetched() {
        Deque<Runnable> worker = new ArrayDeque<>();
        List<PageRequest> fetched = new ArrayList<>();
        PagedListModel<EventRow> model = new PagedListModel<>(recording(fetched), worker::add, Runnable::run, 10, 3);
        model.load(EventFilter.NONE);
        drain(worker);
        fetched.clear();

        for (int page = 1; page < 20; page++) {
            model.rows().get(page * 10);
        }
        drain(worker);

        assertEquals(3, fetched.size(), "only the pages still in sight");
        assertTrue(model.loadedRow(175) != null && model.loadedRow(185) != null && model.loadedRow(195) != null);
        assertNull(model.loadedRow(50));
    }

    @Test
    void aDeepJumpAsksForTheListsLandmarksAndLaterJumpsStartFromThem() {
        List<PageRequest> fetched = new ArrayList<>();
        PagedListModel<EventRow> model = new PagedListModel<>(recording(fetched), Tasks.sameThread(), 10, 3);
        EventFilter everything = EventFilter.builder().to(java.time.Instant.parse("2100-01-01T00:00:00Z")).build();
        model.load(everything);
        List<Long> expected = ids(store.events(everything, null, PageRequest.first(1000)).rows());
        fetched.clear();

        assertEquals(expected.get(120), model.rows().get(120).id());
        assertEquals(new PageRequest(10, 120, null), fetched.get(0), "the first deep jump goes by offset");

        assertEquals(expected.get(230), model.rows().get(230).id());
        assertEquals(expected.get(60), model.rows().get(60).id());
        assertEquals(List.of(0L, 0L), fetched.subList(1, 3).stream().map(PageRequest::offset).toList(),
                "later jumps start right at a landmark");
        assertTrue(fetched.subList(1, 3).stream().allMatch(r -> r.after() != null));
    }

    @Test
    void aListShownAgainJumpsFromItsLandmarksAtOnce() {
        EventFilter everything = EventFilter.builder().to(java.time.Instant.parse("2100-01-03T00:00:00Z")).build();
        PagedListModel<EventRow> first = new PagedListModel<>(eventSource(), Tasks.sameThread(), 10, 3);
        first.load(everything);
        first.rows().get(120);
        List<PageRequest> fetched = new ArrayList<>();
        PagedListModel<EventRow> again = new PagedListModel<>(recording(fetched), Tasks.sameThread(), 10, 3);
        again.load(everything);
        fetched.clear();

        again.rows().get(120);

        assertEquals(1, fetched.size());
        assertTrue(fetched.get(0).after() != null && fetched.get(0).offset() == 0, fetched.get(0).toString());
    }

    @Test
    void aLandmarkWalkForAListThatWasReplacedStopsUnused() {
        Deque<Runnable> worker = new ArrayDeque<>();
        List<PageRequest> fetched = new ArrayList<>();
        List<String> walks = new ArrayList<>();
        PagedListModel<EventRow> model = new PagedListModel<>(recording(fetched, walks), worker::add, Runnable::run,
                10, 3);
        model.load(EventFilter.builder().to(java.time.Instant.parse("2100-01-02T00:00:00Z")).build());
        drain(worker);
        model.rows().get(120);
        Runnable walk = worker.pollFirst();
        drain(worker);
        model.setSort(new Sort(EventSort.DATE, false));
        drain(worker);
        fetched.clear();

        walk.run();
        model.rows().get(110);
        drain(worker);

        assertEquals("cancelled", walks.get(0));
        assertEquals(new PageRequest(10, 110, null), fetched.get(0), "no landmarks of the old order were used");
    }

    private static PageSource<EventRow> recording(List<PageRequest> fetched) {
        return recording(fetched, new ArrayList<>());
    }

    /** The store's events, noting every page asked for and how every landmark walk ended. */
    private static PageSource<EventRow> recording(List<PageRequest> fetched, List<String> walks) {
        PageSource<EventRow> events = eventSource();
        return new PageSource<>() {
            @Override
            public ListKind kind() {
                return ListKind.EVENTS;
            }

            @Override
            public long count(EventFilter filter) {
                return events.count(filter);
            }

            @Override
            public com.ssprviewer.store.query.Page<EventRow> page(EventFilter f, Sort s, PageRequest r) {
                fetched.add(r);
                return events.page(f, s, r);
            }

            @Override
            public Landmarks landmarks(EventFilter f, Sort s, int every, BooleanSupplier cancelled) {
                try {
                    Landmarks marks = events.landmarks(f, s, every, cancelled);
                    walks.add(marks.cursors().size() + " landmarks");
                    return marks;
                } catch (CancellationException e) {
                    walks.add("cancelled");
                    throw e;
                }
            }

            @Override
            public Landmarks knownLandmarks(EventFilter f, Sort s, int every) {
                return events.knownLandmarks(f, s, every);
            }
        };
    }

    private static void drain(Deque<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.pollFirst().run();
        }
    }

    @Test
    void aSortChangeDoesNotCountAgain() {
        List<EventFilter> counted = new ArrayList<>();
        PageSource<EventRow> events = eventSource();
        PageSource<EventRow> counting = new PageSource<>() {
            @Override
            public ListKind kind() {
                return ListKind.EVENTS;
            }

            @Override
            public long count(EventFilter filter) {
                counted.add(filter);
                return events.count(filter);
            }

            @Override
            public com.ssprviewer.store.query.Page<EventRow> page(EventFilter f, Sort s, PageRequest r) {
                return events.page(f, s, r);
            }

            @Override
            public Landmarks landmarks(EventFilter f, Sort s, int every, BooleanSupplier cancelled) {
                return events.landmarks(f, s, every, cancelled);
            }

            @Override
            public Landmarks knownLandmarks(EventFilter f, Sort s, int every) {
                return events.knownLandmarks(f, s, every);
            }
        };
        PagedListModel<EventRow> model = new PagedListModel<>(counting, Tasks.sameThread(), 50, 3);
        EventFilter failures = EventFilter.builder().statuses(Set.of(Status.FAILURE)).build();
        model.load(failures);
        counted.clear();

        model.setSort(new Sort(EventSort.IP, false));

        assertEquals(List.of(), counted);
        assertEquals(store.count(ListKind.EVENTS, failures), model.rows().size());
        int n = Math.min(50, model.rows().size());
        assertEquals(ids(store.events(failures, new Sort(EventSort.IP, false), PageRequest.first(n)).rows()),
                ids(model.rows().subList(0, n)));
    }

    @Test
    void attemptsCanBeFilteredByResult() {
        PagedListModel<?> model = new PagedListModel<>(PageSource.of(access, ListDefinitions.ATTEMPTS),
                Tasks.sameThread());
        model.load(EventFilter.builder().results(Set.of(Outcome.BLOCKED)).build());

        assertEquals(8, model.matchingProperty().get());
        assertEquals(104, model.totalProperty().get());
    }

    @Test
    void aSortFieldOfAnotherListIsRefused() {
        PagedListModel<EventRow> model = events(50, 3);
        assertThrows(IllegalArgumentException.class, () -> model.setSort(new Sort(AttemptSort.DETAILS, true)));
    }

    private static List<Long> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::id).toList();
    }
}
