package com.ssprviewer.report;

import java.util.function.Function;

/**
 * One column of a list, described once and used by the window's tables, CSV export, the printed report and the
 * command line, so they can never disagree.
 *
 * @param id        stable machine name (the CSV header of the command line, and the sort field where sortable)
 * @param headerKey the resource-bundle key of the column's title
 * @param value     the cell value: a String, Instant, Number, enum or List of methods; may be null
 * @param sortable  whether the store can sort by {@code id}
 * @param wide      whether the column holds long text (wrapped in reports, given more room)
 * @param shown     whether the column is shown until the user chooses otherwise (and printed by default)
 */
public record Column<T>(String id, String headerKey, Function<T, Object> value, boolean sortable, boolean wide,
                        boolean shown) {

    /** A column shown by default. */
    public Column(String id, String headerKey, Function<T, Object> value, boolean sortable, boolean wide) {
        this(id, headerKey, value, sortable, wide, true);
    }
}
