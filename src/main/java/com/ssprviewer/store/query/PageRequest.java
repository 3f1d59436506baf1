package com.ssprviewer.store.query;

/**
 * Which rows of a sorted list to fetch: {@code offset} rows are skipped from the start of the list or, with
 * {@code after} set, from right after that row (keyset paging, fast at any depth; see {@link Landmarks}).
 *
 * @param limit  at most this many rows
 * @param offset rows to skip (from the start, or after {@code after})
 * @param after  the row the page starts after, or null for the start of the list
 */
public record PageRequest(int limit, long offset, Cursor after) {

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0, null);
    }

    /**
     * The position of a row in a sorted list: its sort value, its time and its id. Every list orders rows of equal
     * values by their time in the sort's direction (newest first when descending), then by id, so the order is total.
     *
     * @param sortValue the row's value in the sort column (as stored: String, Timestamp, Integer ...), may be null
     * @param time      the row's time (epoch nanoseconds, UTC), the tie-break of equal values
     * @param id        the row's id
     */
    public record Cursor(Object sortValue, long time, long id) {
    }
}
