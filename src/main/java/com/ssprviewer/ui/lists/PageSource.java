package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.model.Registration;
import com.ssprviewer.store.AttemptRow;
import com.ssprviewer.store.EventRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;

/**
 * One of the store's lists as a paged table sees it: counts and sorted pages. Called on worker threads only.
 *
 * @param <R> the row type
 */
public interface PageSource<R> {

    ListKind kind();

    long count(EventFilter filter);

    Page<R> page(EventFilter filter, Sort sort, PageRequest request);

    static PageSource<EventRow> events(StoreAccess access) {
        return new PageSource<>() {
            @Override
            public ListKind kind() {
                return ListKind.EVENTS;
            }

            @Override
            public long count(EventFilter filter) {
                return access.store().count(ListKind.EVENTS, filter);
            }

            @Override
            public Page<EventRow> page(EventFilter filter, Sort sort, PageRequest request) {
                return access.store().events(filter, sort, request);
            }
        };
    }

    static PageSource<AttemptRow> attempts(StoreAccess access) {
        return new PageSource<>() {
            @Override
            public ListKind kind() {
                return ListKind.ATTEMPTS;
            }

            @Override
            public long count(EventFilter filter) {
                return access.store().count(ListKind.ATTEMPTS, filter);
            }

            @Override
            public Page<AttemptRow> page(EventFilter filter, Sort sort, PageRequest request) {
                return access.store().attempts(filter, sort, request);
            }
        };
    }

    static PageSource<Registration> registrations(StoreAccess access) {
        return new PageSource<>() {
            @Override
            public ListKind kind() {
                return ListKind.REGISTRATIONS;
            }

            @Override
            public long count(EventFilter filter) {
                return access.store().count(ListKind.REGISTRATIONS, filter);
            }

            @Override
            public Page<Registration> page(EventFilter filter, Sort sort, PageRequest request) {
                return access.store().registrations(filter, sort, request);
            }
        };
    }
}
