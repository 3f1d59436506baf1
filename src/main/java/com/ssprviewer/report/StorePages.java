package com.ssprviewer.report;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A sorted list read from the store page by page (keyset paging), so a report of any length holds one page at a time.
 */
public final class StorePages<T> implements Iterable<T> {

    /** Fetches one page of a list. */
    public interface Fetcher<T> {
        Page<T> fetch(EventFilter filter, Sort sort, PageRequest page);
    }

    private static final int PAGE = 500;

    private final Fetcher<T> fetcher;
    private final EventFilter filter;
    private final Sort sort;

    public StorePages(Fetcher<T> fetcher, EventFilter filter, Sort sort) {
        this.fetcher = fetcher;
        this.filter = filter;
        this.sort = sort;
    }

    /** The same rows, each turned into something else on the way (e.g. a row of cell texts). */
    public <R> Iterable<R> map(Function<T, R> f) {
        return () -> new Iterator<R>() {
            private final Iterator<T> inner = iterator();

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public R next() {
                return f.apply(inner.next());
            }
        };
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<T>() {
            private List<T> rows = List.of();
            private int index;
            private PageRequest next = PageRequest.first(PAGE);

            @Override
            public boolean hasNext() {
                while (index >= rows.size() && next != null) {
                    Page<T> page = fetcher.fetch(filter, sort, next);
                    rows = page.rows();
                    index = 0;
                    next = page.next() == null || rows.isEmpty() ? null : new PageRequest(PAGE, 0, page.next());
                }
                return index < rows.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.get(index++);
            }
        };
    }
}
