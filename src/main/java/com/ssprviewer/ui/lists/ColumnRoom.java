package com.ssprviewer.ui.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which of a list's columns make room for the others, as the portal does in a narrow blade: when the
 * columns cannot all be shown with the key ones whole (or, for a long value, at least {@link #KEY_READABLE} wide)
 * and every other one readable, the yielding columns are hidden, the least important first, until the rest fit (or
 * none is left to hide). A column the user showed by hand is never hidden for room; it is cut instead.
 */
final class ColumnRoom {
    /** The width below which a cut text no longer reads (about ten letters), unless the column wants less. */
    static final double READABLE = 80;
    /**
     * The width a key column keeps before a yielding column may be shown beside it: a user principal name or an
     * activity of about 25 letters; a longer one (Entra's "Self-service password reset flow activity progress") is cut
     * there rather than hiding every other column of a wide window.
     */
    static final double KEY_READABLE = 200;

    private ColumnRoom() {
    }

    /**
     * One shown column: its wish for width, its place in the order of hiding ({@code yieldOrder} 0 is hidden first;
     * negative for a column never hidden for room) and whether the user showed it by hand.
     */
    record Column(ColumnShare.Want want, int yieldOrder, boolean shownByHand) {
        boolean hideable() {
            return yieldOrder >= 0 && !shownByHand;
        }
    }

    /** The indices of {@code columns} hidden so that the others fit {@code available} pixels, in hiding order. */
    static List<Integer> hidden(List<Column> columns, double available) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).hideable()) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingInt(i -> columns.get(i).yieldOrder()));
        List<Integer> hidden = new ArrayList<>();
        double needed = 0;
        for (Column column : columns) {
            needed += needs(column.want());
        }
        for (int index : candidates) {
            if (needed <= available) {
                break;
            }
            hidden.add(index);
            needed -= needs(columns.get(index).want());
        }
        return hidden;
    }

    /** The width a column needs to read: a key one whole up to {@link #KEY_READABLE}, any other {@link #READABLE}. */
    static double needs(ColumnShare.Want want) {
        if (want.rank() == ColumnRank.KEY) {
            return Math.min(want.natural(), Math.max(want.min(), KEY_READABLE));
        }
        return Math.min(want.natural(), Math.max(want.min(), READABLE));
    }
}
