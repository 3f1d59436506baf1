package com.ssprviewer.store.query;

import java.util.List;

/**
 * Where a sorted list stands every {@code every} rows: the keyset cursor of the last row of each block, so the row at
 * any position is reached by seeking to the block's cursor and skipping fewer than {@code every} rows. A jump deep
 * into a list of millions of rows then reads a few pages instead of walking every row above it.
 *
 * @param every   rows per block
 * @param cursors cursor {@code k} is the row at position {@code (k + 1) * every - 1}; empty when the list has none
 *                (lists sorted in full, not through an index, are reached by offset)
 */
public record Landmarks(int every, List<PageRequest.Cursor> cursors) {

    /** Rows per block of the landmarks the store keeps for the lists blades open with (a window's page). */
    public static final int EVERY = 200;

    /** No landmarks: every position is reached by offset. */
    public static final Landmarks NONE = new Landmarks(1, List.of());

    public Landmarks {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1");
        }
        cursors = List.copyOf(cursors);
    }

    /** The request for {@code limit} rows from position {@code from}: from the nearest landmark above, or by offset. */
    public PageRequest request(long from, int limit) {
        int block = (int) Math.min(from / every, cursors.size());
        if (block == 0) {
            return new PageRequest(limit, from, null);
        }
        return new PageRequest(limit, from - (long) block * every, cursors.get(block - 1));
    }

    public boolean isEmpty() {
        return cursors.isEmpty();
    }
}
