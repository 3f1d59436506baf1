package com.ssprviewer.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of one progress line: what is being worked on, the rows so far and their rate, the share done, the time
 * elapsed and the time left, e.g. {@code audit.csv: 412,000 rows, 79,000 rows/s, 41%, 0:05 elapsed, ETA 0:07}. The
 * time left is the elapsed time scaled by the share still to do (for a file, its bytes not yet read).
 */
final class ProgressText {

    /** A terminal line stays below 80 columns, so that it never wraps and a carriage return goes back to its start. */
    static final int TERMINAL_WIDTH = 79;
    private static final String ELLIPSIS = "...";
    /** Rates and times left are guesses until the work has run this long. */
    private static final Duration SETTLED = Duration.ofSeconds(1);

    private ProgressText() {
    }

    /**
     * The whole line.
     *
     * @param rows  rows read so far; negative when the work does not count rows
     * @param done  units done of {@code total}; a total of zero or less when the amount is unknown
     */
    static String line(String label, long rows, long done, long total, Duration elapsed) {
        return label + ": " + details(rows, done, total, elapsed);
    }

    /** The line in at most {@code width} characters: a long label loses its middle, the file's ending stays. */
    static String fitted(String label, long rows, long done, long total, Duration elapsed, int width) {
        String details = details(rows, done, total, elapsed);
        int room = width - details.length() - 2;
        String line = shortened(label, room) + ": " + details;
        return line.length() <= width ? line : line.substring(0, width);
    }

    private static String details(long rows, long done, long total, Duration elapsed) {
        List<String> parts = new ArrayList<>();
        boolean settled = elapsed.compareTo(SETTLED) >= 0;
        if (rows >= 0) {
            parts.add(String.format(Locale.ROOT, "%,d rows", rows));
            if (settled) {
                parts.add(String.format(Locale.ROOT, "%,d rows/s", rows * 1000 / Math.max(1, elapsed.toMillis())));
            }
        }
        boolean known = total > 0 && done >= 0;
        if (known) {
            parts.add(Math.min(100, done * 100 / total) + "%");
        }
        parts.add(clock(elapsed) + " elapsed");
        if (known && settled && done > 0 && done < total) {
            double left = (double) elapsed.toMillis() * (total - done) / done;
            parts.add("ETA " + clock(Duration.ofMillis((long) left)));
        }
        return String.join(", ", parts);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The label in at most {@code room} characters, its start and end kept around "...". */
    static String shortened(String label, int room) {
        if (label.length() <= room) {
            return label;
        }
        if (room <= ELLIPSIS.length() + 2) {
            return label.substring(0, Math.max(0, room));
        }
        int keep = room - ELLIPSIS.length();
        int tail = keep / 2;
        return label.substring(0, keep - tail) + ELLIPSIS + label.substring(label.length() - tail);
    }
}
