package com.ssprviewer.ui.common;

/**
 * One progress report as the FX thread sees it.
 *
 * @param fraction between 0 and 1, or -1 when the amount of work is unknown
 * @param message  the latest status line, or null when the callable has not sent one
 */
public record ProgressUpdate(double fraction, String message) {

    /** Converts a "done of total" report into a fraction the progress bar understands. */
    public static double fraction(long done, long total) {
        if (total <= 0) {
            return -1;
        }
        return Math.max(0, Math.min(1, (double) done / total));
    }
}
