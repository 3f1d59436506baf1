package com.ssprviewer.ui.lists;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.ssprviewer.report.Column;

/**
 * What makes one list blade different from another, as data: its id (for remembered filters and columns), title,
 * columns, the columns hidden until chosen, the filters its bar offers, where its rows come from and the name
 * an export suggests.
 *
 * @param <R> the row type
 */
public record ListDefinition<R>(String bladeId, String titleKey, List<Column<R>> columns,
                                Set<String> hiddenByDefault, Set<FilterField> filters,
                                Function<StoreAccess, PageSource<R>> source, String exportName) {

    public ListDefinition {
        columns = List.copyOf(columns);
        hiddenByDefault = Set.copyOf(hiddenByDefault);
        filters = Set.copyOf(filters);
    }
}
