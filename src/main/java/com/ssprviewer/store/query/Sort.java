package com.ssprviewer.store.query;

/**
 * A sort order over one column of a list, always made total by the row id (same direction).
 *
 * @param field      the column; one of the list's {@link ListKind#sortFields() fields}
 * @param descending true for newest / largest first
 */
public record Sort(SortField field, boolean descending) {
}
