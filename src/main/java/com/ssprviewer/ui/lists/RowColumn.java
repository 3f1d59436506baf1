package com.ssprviewer.ui.lists;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A column of a {@link RowsTable}, described once for the table, the clipboard and the CSV export.
 *
 * @param header the header, read in the language of the moment the table is built
 * @param width  wide enough for the English header
 * @param text   the cell's text
 */
public record RowColumn<T>(Supplier<String> header, double width, Function<T, String> text) {
}
