package com.ssprviewer.lists;

import com.ssprviewer.store.query.SortField;
import java.util.function.Function;

/**
 * One column of a list, described once and read by the window's table and column chooser, its CSV export, the
 * printed report and the command line's CSV and JSON, so they can never disagree.
 *
 * @param id          stable machine name: the CSV header and JSON key of the command line, the remembered column
 * @param headerKey   the resource-bundle key of the column's title
 * @param value       the cell value: a String, Instant, Number, enum (also {@code Unlisted}) or List of methods;
 *                    may be null
 * @param sort        the field the store sorts the column by, or null when it cannot
 * @param time        whether the column holds the row's time (its title names the zone shown)
 * @param screenWidth the table column's preferred width, in pixels
 * @param printWidth  the column's share of a printed table's width, relative to the others
 * @param oneLine     whether a printed cell is shrunk onto one line (short single-token values) instead of wrapped
 * @param shown       whether the column is shown until the user chooses otherwise (and printed)
 */
public record ListColumn<R>(String id, String headerKey, Function<R, Object> value, SortField sort, boolean time,
                            double screenWidth, float printWidth, boolean oneLine, boolean shown) {

    /** A shown, unsortable column of ordinary width, wrapped in print; refine it with the methods below. */
    public static <R> ListColumn<R> of(String id, String headerKey, Function<R, Object> value) {
        return new ListColumn<>(id, headerKey, value, null, false, 200, 1.6f, false, true);
    }

    public boolean sortable() {
        return sort != null;
    }

    /** The same column, sorted by {@code field}. */
    public ListColumn<R> sortedBy(SortField field) {
        return new ListColumn<>(id, headerKey, value, field, time, screenWidth, printWidth, oneLine, shown);
    }

    /** The same column, holding the row's time. */
    public ListColumn<R> asTime() {
        return new ListColumn<>(id, headerKey, value, sort, true, screenWidth, printWidth, oneLine, shown);
    }

    /** The same column with other widths on screen (pixels) and in print (relative). */
    public ListColumn<R> widths(double screen, float print) {
        return new ListColumn<>(id, headerKey, value, sort, time, screen, print, oneLine, shown);
    }

    /** The same column for long text: given most room on screen and in print. */
    public ListColumn<R> wide() {
        return widths(380, 2.8f);
    }

    /** The same column, printed on one line. */
    public ListColumn<R> printedOnOneLine() {
        return new ListColumn<>(id, headerKey, value, sort, time, screenWidth, printWidth, true, shown);
    }

    /** The same column, hidden until the user chooses it (and so not printed). */
    public ListColumn<R> hidden() {
        return new ListColumn<>(id, headerKey, value, sort, time, screenWidth, printWidth, oneLine, false);
    }
}
