package com.ssprviewer.store.query;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A list's filters, sort and columns kept under a name (unique per list, ignoring case), for the window's
 * navigation, the command line's {@code --view} and a file shared with colleagues ({@link ViewDocument}).
 *
 * @param name    the name: trimmed, 1 to {@value #MAX_NAME} characters
 * @param list    the list it shows
 * @param range   the time range as chosen ({@link ViewRange#ALL} keeps the filter's own bounds)
 * @param filter  the other filters
 * @param sort    the order; the list's default when given null
 * @param columns the columns shown, in order; empty for the list's default columns
 */
public record SavedView(String name, ListKind list, ViewRange range, EventFilter filter, Sort sort,
                        List<ViewColumn> columns) {

    /** The longest name a view may have. */
    public static final int MAX_NAME = 80;

    public SavedView {
        name = cleanName(name);
        if (list == null) {
            throw new IllegalArgumentException("a view belongs to a list");
        }
        range = range == null ? ViewRange.ALL : range;
        filter = filter == null ? EventFilter.NONE : filter;
        sort = sort == null ? list.defaultSort() : sort;
        if (sort.field().list() != list) {
            throw new IllegalArgumentException(list.cannotSortBy(sort.field().key()));
        }
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /**
     * The name as a view keeps it: without surrounding spaces, and refused when empty or longer than
     * {@value #MAX_NAME} characters, with the sentence to show.
     */
    public static String cleanName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A view needs a name of 1 to " + MAX_NAME + " characters.");
        }
        if (clean.codePointCount(0, clean.length()) > MAX_NAME) {
            throw new IllegalArgumentException("A view's name has at most " + MAX_NAME + " characters; \""
                    + clean + "\" has " + clean.codePointCount(0, clean.length()) + ".");
        }
        return clean;
    }

    /** The same view under another name. */
    public SavedView named(String newName) {
        return new SavedView(newName, list, range, filter, sort, columns);
    }

    /** The filter the view applies at {@code now}: its range counted from then, days taken in {@code zone}. */
    public EventFilter filterAt(Instant now, ZoneId zone) {
        return range.applyTo(filter, now, zone);
    }
}
