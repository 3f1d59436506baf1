package com.ssprviewer.cli;

import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A list's rows after {@code --offset}, at most {@code --limit} of them, read from the store a page at a time. */
final class ListRows<T> implements Iterable<T> {

    private static final int CHUNK = 1000;

    private final ListDefinition<T> list;
    private final Store store;
    private final EventFilter filter;
    private final Sort sort;
    private final long offset;
    private final long limit;

    ListRows(ListDefinition<T> list, Store store, EventFilter filter, Sort sort, long offset, long limit) {
        this.list = list;
        this.store = store;
        this.filter = filter;
        this.sort = sort;
        this.offset = offset;
        this.limit = limit;
    }

    /** How many rows the iteration gives. */
    long count() {
        return Math.min(limit, Math.max(0, store.count(list.kind(), filter) - offset));
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<T>() {
            private List<T> rows = List.of();
            private int index;
            private long given;
            private PageRequest next = new PageRequest((int) Math.min(CHUNK, limit), offset, null);

            @Override
            public boolean hasNext() {
                while (index >= rows.size() && next != null && given < limit && next.limit() > 0) {
                    Page<T> page = list.fetcher().page(store, filter, sort, next);
                    rows = page.rows();
                    index = 0;
                    long after = given + rows.size();
                    next = page.next() == null || rows.isEmpty() ? null
                            : new PageRequest((int) Math.min(CHUNK, limit - after), 0, page.next());
                }
                return index < rows.size() && given < limit;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return rows.get(index++);
            }
        };
    }
}
