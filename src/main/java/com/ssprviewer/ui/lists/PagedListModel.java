package com.ssprviewer.ui.lists;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.SameThreadExecutor;
import com.ssprviewer.ui.common.TaskBuilder;
import com.ssprviewer.ui.common.Tasks;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of the store as a table shows it: a filter and a sort, the number of matching rows out of all rows, and the
 * rows themselves as a list whose pages load off the FX thread as they are needed. Filtering, sorting and paging
 * all happen in the store. Every change of filter or sort starts a new generation; results of an older generation
 * are dropped, so a slow answer can never overwrite a newer one. Used on the FX thread (or, in tests, on one
 * thread with a same-thread executor).
 *
 * @param <R> the row type
 */
public final class PagedListModel<R> {
    /** One page per landmark the store keeps, so a jump in a list a blade opens with starts right at one. */
    public static final int PAGE_SIZE = Landmarks.EVERY;
    public static final int MAX_PAGES = 8;

    private final PageSource<R> source;
    private final Executor worker;
    private final Executor callbacks;
    private final int pageSize;
    private final int maxPages;
    private final ReadOnlyObjectWrapper<ObservableList<R>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(this, "matching", -1);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", -1);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringBinding countText;
    private EventFilter filter = EventFilter.NONE;
    private Sort sort;
    /** Written on the FX thread; read by landmark walks on workers to stop once their list is replaced. */
    private volatile long generation;
    private EventFilter countedFilter;

    public PagedListModel(PageSource<R> source, Executor worker) {
        this(source, worker, PAGE_SIZE, MAX_PAGES);
    }

    public PagedListModel(PageSource<R> source, Executor worker, int pageSize, int maxPages) {
        this(source, worker, null, pageSize, maxPages);
    }

    /** With {@code callbacks} null, results arrive on the FX thread (inline for a same-thread worker). */
    PagedListModel(PageSource<R> source, Executor worker, Executor callbacks, int pageSize, int maxPages) {
        this.source = Objects.requireNonNull(source);
        this.worker = Objects.requireNonNull(worker);
        this.callbacks = callbacks;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.sort = source.kind().defaultSort();
        countText = Bindings.createStringBinding(this::composeCount, matching, total, I18n.localeProperty());
    }

    public EventFilter filter() {
        return filter;
    }

    public Sort sort() {
        return sort;
    }

    public PageSource<R> source() {
        return source;
    }

    /** Applies a filter; reloads when it differs from the current one. */
    public void setFilter(EventFilter newFilter) {
        EventFilter f = newFilter == null ? EventFilter.NONE : newFilter;
        if (!f.equals(filter)) {
            filter = f;
            restart(false);
        }
    }

    /** Applies a filter and loads the list, whether or not the filter changed (a blade's first load). */
    public void load(EventFilter newFilter) {
        filter = newFilter == null ? EventFilter.NONE : newFilter;
        restart(true);
    }

    /** Applies a sort (checked against the list's sortable fields); reloads when it differs. */
    public void setSort(Sort newSort) {
        Sort s = newSort == null ? source.kind().defaultSort() : newSort;
        if (!source.kind().sortFields().contains(s.field())) {
            throw new IllegalArgumentException("The store cannot sort this list by "
                    + (s.field() == null ? null : s.field().key()) + ".");
        }
        if (!s.equals(sort)) {
            sort = s;
            restart(false);
        }
    }

    /** Loads the counts and the first page again, e.g. after an import; older pending results are dropped. */
    public void reload() {
        restart(true);
    }

    /** Starts a new generation; the unfiltered total is counted again only when the store may have changed. */
    private void restart(boolean countAll) {
        long gen = ++generation;
        EventFilter f = filter;
        Sort s = sort;
        long knownTotal = countAll ? -1 : total.get();
        long knownMatching = !countAll && f.equals(countedFilter) ? matching.get() : -1;
        loading.set(true);
        Snapshot<R> snapshot = new Snapshot<>(gen, f);
        start(Tasks.create(() -> {
            long all = knownTotal >= 0 ? knownTotal : source.count(EventFilter.NONE);
            long counted = knownMatching >= 0 ? knownMatching : f.equals(EventFilter.NONE) ? all : source.count(f);
            return new long[] {all, counted};
        })
                .onSuccess(counts -> {
                    snapshot.total = counts[0];
                    snapshot.matching = counts[1];
                    show(snapshot);
                })
                .onError(e -> failed(gen, e)));
        start(Tasks.create(() -> source.page(f, s, PageRequest.first(pageSize)))
                .onSuccess(first -> {
                    snapshot.first = first;
                    show(snapshot);
                })
                .onError(e -> failed(gen, e)));
    }

    /** The matching rows; a new list after every reload. Items not yet loaded read as null. */
    public ReadOnlyObjectProperty<ObservableList<R>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ObservableList<R> rows() {
        return rows.get();
    }

    /** How many rows match the filter; -1 before the first load. */
    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** How many rows the list holds without a filter; -1 before the first load. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last failure as one sentence, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "N of M" in the current language; empty before the first load. */
    public StringBinding countText() {
        return countText;
    }

    /** The row at {@code index} if it is in memory, without starting a load. */
    public R loadedRow(int index) {
        ObservableList<R> list = rows.get();
        return list instanceof VirtualRows<R> v ? v.peek(index) : null;
    }

    /** How many pages are held in memory now (bounded, whatever the size of the list). */
    public int pagesInMemory() {
        ObservableList<R> list = rows.get();
        return list instanceof VirtualRows<R> v ? v.pagesInMemory() : 0;
    }

    /**
     * Shows a generation as soon as its first page arrives (counting a filter over millions of rows can take
     * seconds): until the counts come, the list holds just that page; then it takes its full size.
     */
    private void show(Snapshot<R> snapshot) {
        if (snapshot.gen != generation || snapshot.first == null) {
            return;
        }
        if (snapshot.matching < 0) {
            if (!snapshot.provisional) {
                snapshot.provisional = true;
                present(snapshot, snapshot.first.rows().size());
            }
            return;
        }
        countedFilter = snapshot.filter;
        total.set(snapshot.total);
        matching.set(snapshot.matching);
        lookUpLandmarks(snapshot, present(snapshot, snapshot.matching));
        loading.set(false);
    }

    private VirtualRows<R> present(Snapshot<R> snapshot, long rowCount) {
        long gen = snapshot.gen;
        error.set("");
        int size = (int) Math.min(Integer.MAX_VALUE, rowCount);
        VirtualRows<R> list = new VirtualRows<>(size, pageSize, maxPages, snapshot.first,
                (rows, page, request, reversed) -> loadPage(gen, rows, page, request, reversed),
                rows -> findLandmarks(gen, rows), scheduler());
        rows.set(list);
        return list;
    }

    /** Hands the list its landmarks at once when the store knows them without a walk (see findLandmarks). */
    private void lookUpLandmarks(Snapshot<R> snapshot, VirtualRows<R> list) {
        long gen = snapshot.gen;
        EventFilter f = snapshot.filter;
        Sort s = sort;
        start(Tasks.create(() -> source.knownLandmarks(f, s, pageSize))
                .onSuccess(marks -> {
                    if (gen == generation && !marks.isEmpty()) {
                        list.found(marks);
                    }
                })
                .onError(e -> failed(gen, e)));
    }

    /**
     * Walks the list once for its landmarks (one per page), so every later jump reads one page instead of walking
     * the rows above it; the walk stops as soon as the list is replaced. Without landmarks jumps still work, by offset.
     * Asked for at the list's first deep jump, not before: a walk reads the whole list's index (and, with a filter,
     * its rows), which a list that is only scrolled a little never needs. Landmarks the store knows without a walk
     * (kept for each list's default order, remembered for lists walked since its data last changed) are handed to the
     * list as soon as it is shown.
     */
    private void findLandmarks(long gen, VirtualRows<R> list) {
        EventFilter f = filter;
        Sort s = sort;
        start(Tasks.create(() -> source.landmarks(f, s, pageSize, () -> gen != generation))
                .onSuccess(marks -> {
                    if (gen == generation) {
                        list.found(marks);
                    }
                })
                .onError(e -> failed(gen, e)));
    }

    private void loadPage(long gen, VirtualRows<R> list, int page, PageRequest request, boolean reversed) {
        if (gen != generation) {
            list.failed(page);
            return;
        }
        EventFilter f = filter;
        Sort s = reversed ? new Sort(sort.field(), !sort.descending()) : sort;
        loading.set(true);
        long seq = list.nextSequence();
        start(Tasks.create(() -> {
            if (list.isStale(seq)) {
                throw new CancellationException();
            }
            return source.page(f, s, request);
        })
                .onCancelled(() -> list.failed(page))
                .onSuccess(result -> {
                    if (gen == generation) {
                        list.loaded(page, result, reversed);
                    }
                })
                .onError(e -> {
                    list.failed(page);
                    failed(gen, e);
                })
                .andFinally(() -> loading.set(gen == generation && list.isLoading())));
    }

    /** Page requests are gathered until the FX thread is free; inline where callbacks run inline (tests). */
    private Executor scheduler() {
        if (callbacks != null) {
            return callbacks;
        }
        return worker instanceof SameThreadExecutor ? worker : Platform::runLater;
    }

    private void start(TaskBuilder<?> task) {
        if (callbacks != null) {
            task.callbacksOn(callbacks);
        }
        task.runOnce(worker);
    }

    private void failed(long gen, Throwable e) {
        if (gen == generation) {
            loading.set(false);
            error.set(I18n.format("list.loadFailed", String.valueOf(e.getMessage())));
        }
    }

    private String composeCount() {
        if (matching.get() < 0) {
            return "";
        }
        return I18n.format("list.count", matching.get(), total.get());
    }

    /** What one generation has received so far; touched on the FX thread only. */
    private static final class Snapshot<R> {
        private final long gen;
        private final EventFilter filter;
        private long total = -1;
        private long matching = -1;
        private Page<R> first;
        private boolean provisional;

        Snapshot(long gen, EventFilter filter) {
            this.gen = gen;
            this.filter = filter;
        }
    }
}
