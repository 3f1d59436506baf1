package com.ssprviewer.lists;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import java.util.List;
import java.util.Set;

/**
 * One kind of list, defined once for the window, the printed report and the command line: the store's list it reads,
 * its command, its columns in display order, the filters it offers and how a page of it is fetched. Its default
 * order is the list's newest first ({@link ListKind#defaultSort()}).
 *
 * @param kind        the store's list
 * @param command     the command-line command that prints it
 * @param description what the command does, in the command line's list of commands
 * @param columns     the columns, in display order
 * @param filters the filters a blade's bar offers
 * @param fetcher reads one page of the list from the store
 * @param <R>     the row type
 */
public record ListDefinition<R>(ListKind kind, String command, String description, List<ListColumn<R>> columns,
                                Set<FilterField> filters, Fetcher<R> fetcher) {

    /** Fetches one page of the list from a store. */
    public interface Fetcher<R> {
        Page<R> page(Store store, EventFilter filter, Sort sort, PageRequest request);
    }

    public ListDefinition {
        columns = List.copyOf(columns);
        filters = Set.copyOf(filters);
    }

    public Sort defaultSort() {
        return kind.defaultSort();
    }

    /** The columns shown until the user chooses otherwise: the ones a report prints. */
    public List<ListColumn<R>> shownColumns() {
        return columns.stream().filter(ListColumn::shown).toList();
    }
}
