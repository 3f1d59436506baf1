package com.ssprviewer.ui.lists;

import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.ui.common.StoreAccess;
import java.util.function.BooleanSupplier;

/**
 * One of the store's lists as a paged table sees it: counts and sorted pages. Called on worker threads only.
 *
 * @param <R> the row type
 */
public interface PageSource<R> {

    ListKind kind();

    long count(EventFilter filter);

    Page<R> page(EventFilter filter, Sort sort, PageRequest request);

    /** Where the list stands every {@code every} rows, so deep pages are fetched from there (see {@link Landmarks}). */
    Landmarks landmarks(EventFilter filter, Sort sort, int every, BooleanSupplier cancelled);

    /** The list's landmarks if the store knows them without walking the list; {@link Landmarks#NONE} otherwise. */
    Landmarks knownLandmarks(EventFilter filter, Sort sort, int every);

    /** The list in the store that is open at the moment of each call. */
    static <R> PageSource<R> of(StoreAccess access, ListDefinition<R> list) {
        ListKind kind = list.kind();
        return new PageSource<>() {
            @Override
            public ListKind kind() {
                return kind;
            }

            @Override
            public long count(EventFilter filter) {
                return access.store().count(kind, filter);
            }

            @Override
            public Page<R> page(EventFilter filter, Sort sort, PageRequest request) {
                return list.fetcher().page(access.store(), filter, sort, request);
            }

            @Override
            public Landmarks landmarks(EventFilter filter, Sort sort, int every, BooleanSupplier cancelled) {
                return access.store().landmarks(kind, filter, sort, every, cancelled);
            }

            @Override
            public Landmarks knownLandmarks(EventFilter filter, Sort sort, int every) {
                return access.store().knownLandmarks(kind, filter, sort, every);
            }
        };
    }
}
