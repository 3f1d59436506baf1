package com.ssprviewer.ui.lists;

import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * The rows of one loaded list (one filter and sort) as a list of its full length whose items arrive on demand: an
 * item not in memory reads as null and asks its page to load; when the page arrives its range is announced as
 * replaced so the table redraws it. Only the most recently used pages stay in memory. The page after a loaded one
 * starts from its keyset cursor; a page reached by a jump (dragging the scroll bar) is fetched from the list's
 * {@link Landmarks}, which the first deep jump asks for, and by offset until they arrive.
 * Used on the FX thread only.
 *
 * @param <R> the row type
 */
final class VirtualRows<R> extends ObservableListBase<R> {

    /** Fetches one page off the FX thread and hands it back on the FX thread. */
    interface Loader<R> {
        /** Fetches a page; with {@code reversed} the request is for the list in reverse order. */
        void load(VirtualRows<R> rows, int page, PageRequest request, boolean reversed);
    }

    /** A jump at least this many pages deep asks for the list's landmarks: shallower offsets cost the store little. */
    static final int DEEP_PAGES = 10;

    private final int size;
    private final int pageSize;
    private final int maxPages;
    private final Loader<R> loader;
    private final Consumer<VirtualRows<R>> findLandmarks;
    private Landmarks landmarks = Landmarks.NONE;
    private boolean landmarksAsked;
    private final Map<Integer, List<R>> pages;
    private final Map<Integer, PageRequest.Cursor> cursors = new HashMap<>();
    private final Map<Integer, PageRequest.Cursor> reverseCursors = new HashMap<>();
    private final Set<Integer> pending = new HashSet<>();
    private final Set<Integer> wanted = new LinkedHashSet<>();
    private final Executor scheduler;
    private final AtomicLong sequence = new AtomicLong();
    private boolean flushQueued;

    /**
     * @param findLandmarks starts the search for the list's landmarks, which arrive through {@link #found(Landmarks)}
     * @param scheduler     runs the coalesced page requests: later on the FX thread ({@code Platform::runLater}),
     *                      or inline in tests
     */
    VirtualRows(int size, int pageSize, int maxPages, Page<R> first, Loader<R> loader,
                Consumer<VirtualRows<R>> findLandmarks, Executor scheduler) {
        this.scheduler = scheduler;
        this.findLandmarks = findLandmarks;
        this.size = size;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.loader = loader;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<R>> eldest) {
                return size() > VirtualRows.this.maxPages;
            }
        };
        if (first != null) {
            store(0, first);
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** The row at {@code index}, or null while its page is loading (the request is started here). */
    @Override
    public R get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<R> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page);
        }
        int offset = index % pageSize;
        return rows == null || offset >= rows.size() ? null : rows.get(offset);
    }

    /** The row if its page is in memory, without loading anything. */
    R peek(int index) {
        List<R> rows = index < 0 || index >= size ? null : pages.get(index / pageSize);
        int offset = index % pageSize;
        return rows == null || offset >= rows.size() ? null : rows.get(offset);
    }

    int pagesInMemory() {
        return pages.size();
    }

    boolean isLoading() {
        return !pending.isEmpty();
    }

    /** Receives the list's landmarks: from now on every jump is fetched from the nearest one. */
    void found(Landmarks marks) {
        landmarks = marks;
    }

    /** Receives a page fetched forwards, or backwards (its rows are then turned round here). */
    void loaded(int page, Page<R> result, boolean reversed) {
        pending.remove(page);
        if (reversed) {
            List<R> forward = new ArrayList<>(result.rows());
            Collections.reverse(forward);
            pages.put(page, forward);
            if (result.next() != null) {
                reverseCursors.put(page - 1, result.next());
            }
        } else {
            store(page, result);
        }
        int from = page * pageSize;
        int to = Math.min(size, from + result.rows().size());
        if (to > from) {
            beginChange();
            nextReplace(from, to, Collections.nCopies(to - from, null));
            endChange();
        }
    }

    /** Numbers a fetch as it starts; read on worker threads through {@link #isStale(long)}. */
    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /**
     * True when so many pages were asked for since fetch {@code seq} was started that its page has scrolled out of
     * sight; the worker then skips the query (a deep jump costs the store nothing once the user moved on).
     */
    boolean isStale(long seq) {
        return sequence.get() - seq >= maxPages;
    }

    /** Forgets a failed request so the page is asked for again the next time it is needed. */
    void failed(int page) {
        pending.remove(page);
    }

    private void store(int page, Page<R> result) {
        pages.put(page, result.rows());
        if (result.next() != null) {
            cursors.put(page + 1, result.next());
        }
    }

    /**
     * Notes that a page is wanted and fetches, a moment later, only the pages asked for most recently: dragging the
     * scroll bar across a million rows, or selecting them all, fetches a handful of pages rather than thousands.
     */
    private void request(int page) {
        if (pending.contains(page)) {
            return;
        }
        wanted.remove(page);
        wanted.add(page);
        if (!flushQueued) {
            flushQueued = true;
            scheduler.execute(this::flush);
        }
    }

    private void flush() {
        flushQueued = false;
        List<Integer> latest = new ArrayList<>(wanted);
        wanted.clear();
        for (int page : latest.subList(Math.max(0, latest.size() - maxPages), latest.size())) {
            if (!pages.containsKey(page) && pending.add(page)) {
                fetch(page);
            }
        }
    }

    /**
     * Fetches forwards from a known cursor or the nearest landmark, else from whichever end is nearer: the back half
     * of the list is read in reverse order (the sort is total, so reversing it reverses the list), so no offset is
     * ever deeper than half. The first deep offset asks for the landmarks.
     */
    private void fetch(int page) {
        long from = (long) page * pageSize;
        int limit = (int) Math.min(pageSize, size - from);
        PageRequest.Cursor after = cursors.get(page);
        PageRequest.Cursor before = reverseCursors.get(page);
        if (after != null) {
            loader.load(this, page, new PageRequest(pageSize, 0, after), false);
        } else if (before != null && limit == pageSize) {
            loader.load(this, page, new PageRequest(pageSize, 0, before), true);
        } else if (!landmarks.isEmpty()) {
            loader.load(this, page, landmarks.request(from, pageSize), false);
        } else {
            boolean backHalf = from + limit > size / 2 + pageSize;
            long offset = backHalf ? size - from - limit : from;
            if (offset >= (long) DEEP_PAGES * pageSize && !landmarksAsked) {
                landmarksAsked = true;
                findLandmarks.accept(this);
            }
            if (backHalf) {
                loader.load(this, page, new PageRequest(limit, offset, null), true);
            } else {
                loader.load(this, page, new PageRequest(pageSize, from, null), false);
            }
        }
    }
}
