package com.ssprviewer.ui.lists;

import java.util.List;

/**
 * Shares a blade's width among its columns: each column wants its natural width (its default, or the widest text
 * of the first rows) and can shrink to a minimum (its header's first letters and an ellipsis). When the natural
 * widths do not fit, the yielding columns shrink first, then the ordinary ones, then the key ones, within a rank the
 * widest first; the columns only ever overflow when even their minimums do not fit.
 */
final class ColumnShare {
    private ColumnShare() {
    }

    /** One column's wish: its natural and its smallest width, and how readily it gives way. */
    record Want(double natural, double min, ColumnRank rank) {
        Want {
            min = Math.min(min, natural);
        }
    }

    /** The widths of {@code wants}, in order, within {@code available} pixels where their minimums allow. */
    static double[] widths(List<Want> wants, double available) {
        double[] out = new double[wants.size()];
        double total = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = wants.get(i).natural();
            total += out[i];
        }
        double excess = total - available;
        for (ColumnRank rank : ColumnRank.values()) {
            if (excess <= 0) {
                break;
            }
            double room = 0;
            double natural = 0;
            for (Want want : wants) {
                room += want.rank() == rank ? want.natural() - want.min() : 0;
                natural += want.rank() == rank ? want.natural() : 0;
            }
            double take = Math.min(excess, room);
            if (take <= 0) {
                continue;
            }
            double level = level(wants, rank, natural - take);
            for (int i = 0; i < out.length; i++) {
                Want want = wants.get(i);
                if (want.rank() == rank) {
                    out[i] = Math.floor(clamp(want, level));
                }
            }
            excess -= take;
        }
        giveBack(wants, out, available);
        return out;
    }

    /** Gives the pixels that rounding down left over to cut columns, key ones first. */
    private static void giveBack(List<Want> wants, double[] out, double available) {
        double left = available;
        for (double width : out) {
            left -= width;
        }
        for (int r = ColumnRank.values().length - 1; r >= 0 && left >= 1; r--) {
            for (int i = 0; i < out.length && left >= 1; i++) {
                if (wants.get(i).rank().ordinal() == r && out[i] < wants.get(i).natural()) {
                    double more = Math.floor(Math.min(left, wants.get(i).natural() - out[i]));
                    out[i] += more;
                    left -= more;
                }
            }
        }
    }

    /**
     * The width to which the rank's widest columns are cut so that together they take {@code target}: the widest
     * give way first and narrow ones (a role, a status) stay whole as long as they can.
     */
    private static double level(List<Want> wants, ColumnRank rank, double target) {
        double low = 0;
        double high = 0;
        for (Want want : wants) {
            high = Math.max(high, want.natural());
        }
        for (int step = 0; step < 40; step++) {
            double mid = (low + high) / 2;
            double sum = 0;
            for (Want want : wants) {
                sum += want.rank() == rank ? clamp(want, mid) : 0;
            }
            if (sum > target) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return low;
    }

    private static double clamp(Want want, double level) {
        return Math.max(want.min(), Math.min(want.natural(), level));
    }
}
