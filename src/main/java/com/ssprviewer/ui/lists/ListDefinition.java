package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.StoreAccess;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.ssprviewer.report.Column;

/**
 * What makes one list blade different from another, as data: its id (for remembered filters and columns), title,
 * columns (each says whether it is shown until the user chooses otherwise), the filters its bar offers, where its
 * rows come from and the name an export suggests.
 *
 * @param <R> the row type
 */
public record ListDefinition<R>(String bladeId, String titleKey, List<Column<R>> columns,
                                Set<FilterField> filters,
                                Function<StoreAccess, PageSource<R>> source, String exportName) {

    public ListDefinition {
        columns = List.copyOf(columns);
        filters = Set.copyOf(filters);
    }

    /** The ids of the columns hidden until the user chooses them. */
    public Set<String> hiddenByDefault() {
        return columns.stream().filter(c -> !c.shown()).map(Column::id).collect(java.util.stream.Collectors.toSet());
    }
}
