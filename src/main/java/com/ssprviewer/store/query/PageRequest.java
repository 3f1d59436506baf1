package com.ssprviewer.store.query;

/**
 * Which rows of a sorted list to fetch. With {@code after} set, the page starts right after that row (keyset paging,
 * fast at any depth); otherwise {@code offset} rows are skipped.
 *
 * @param limit  at most this many rows
 * @param offset rows to skip when {@code after} is null
 * @param after  the last row of the previous page, or null
 */
public record PageRequest(int limit, long offset, Cursor after) {

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0, null);
    }

    /**
     * The position of a row in a sorted list: its sort value and its id.
     *
     * @param sortValue the row's value in the sort column (as stored: String, Timestamp, Integer ...), may be null
     * @param id        the row's id
     */
    public record Cursor(Object sortValue, long id) {
    }
}
