package com.ssprviewer.importer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads the date forms seen in exports, by hand because {@code DateTimeFormatter} costs several times more per row
 * and every row has a date: ISO-8601 with {@code T} or a space, 0-9 fraction digits, {@code Z}, an offset or no
 * zone; and the US portal style {@code 7/14/2017 1:45:10 PM}, seconds optional. A time without zone is in the
 * zone given. Dates that cannot exist (2025-02-30, 25:00) are errors, never rolled over.
 */
public final class LenientDates {

    private final String text;
    private int pos;

    private LenientDates(String text) {
        this.text = text;
    }

    /**
     * Parses one date and time.
     *
     * @throws DateTimeException with a short reason such as {@code impossible date "2025-02-30 10:15:03"}
     */
    public static Instant parse(String text, ZoneId zone) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new DateTimeException("missing date");
        }
        LenientDates p = new LenientDates(s);
        int[] f = s.indexOf('/') > 0 ? p.us() : p.iso();
        if (f == null) {
            throw new DateTimeException("unreadable date \"" + s + "\"");
        }
        ZoneId given = zone == null ? ZoneOffset.UTC : zone;
        ZoneId effective = f[7] == Integer.MIN_VALUE ? given : ZoneOffset.ofTotalSeconds(f[7]);
        if (!valid(f)) {
            throw new DateTimeException("impossible date \"" + s + "\"");
        }
        LocalDateTime local = LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        if (effective instanceof ZoneOffset) {
            return Instant.ofEpochSecond(local.toEpochSecond((ZoneOffset) effective), f[6]);
        }
        return local.atZone(effective).toInstant();
    }

    /** Fields: year, month, day, hour, minute, second, nano, offset seconds (MIN_VALUE = none); null if unreadable. */
    private int[] iso() {
        int[] f = new int[8];
        f[7] = Integer.MIN_VALUE;
        f[0] = digits(4, 4);
        if (f[0] < 0 || !expect('-') || (f[1] = digits(1, 2)) < 0 || !expect('-') || (f[2] = digits(1, 2)) < 0) {
            return null;
        }
        if (pos == text.length()) {
            return f;
        }
        char sep = text.charAt(pos++);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return null;
        }
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        return time(f) && zone(f) ? f : null;
    }

    private int[] us() {
        int[] f = new int[8];
        f[7] = Integer.MIN_VALUE;
        if ((f[1] = digits(1, 2)) < 0 || !expect('/') || (f[2] = digits(1, 2)) < 0 || !expect('/')
                || (f[0] = digits(4, 4)) < 0) {
            return null;
        }
        if (pos == text.length()) {
            return f;
        }
        if (!expect(' ')) {
            return null;
        }
        skipSpaces();
        if (!time(f)) {
            return null;
        }
        skipSpaces();
        if (pos < text.length()) {
            String ampm = text.substring(pos).trim();
            boolean pm = ampm.equalsIgnoreCase("PM") || ampm.equalsIgnoreCase("P.M.");
            if (!pm && !ampm.equalsIgnoreCase("AM") && !ampm.equalsIgnoreCase("A.M.")) {
                return zone(f) ? f : null;
            }
            if (f[3] < 1 || f[3] > 12) {
                f[3] = 99;
            } else {
                f[3] = f[3] % 12 + (pm ? 12 : 0);
            }
            pos = text.length();
        }
        return f;
    }

    private boolean time(int[] f) {
        if ((f[3] = digits(1, 2)) < 0 || !expect(':') || (f[4] = digits(2, 2)) < 0) {
            return false;
        }
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            if ((f[5] = digits(2, 2)) < 0) {
                return false;
            }
            if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
                pos++;
                int start = pos;
                int nano = 0;
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    if (pos - start < 9) {
                        nano = nano * 10 + text.charAt(pos) - '0';
                    }
                    pos++;
                }
                for (int i = pos - start; i < 9; i++) {
                    nano *= 10;
                }
                f[6] = nano;
            }
        }
        return true;
    }

    private boolean zone(int[] f) {
        skipSpaces();
        if (pos == text.length()) {
            return true;
        }
        char c = text.charAt(pos);
        if ((c == 'Z' || c == 'z') && pos + 1 == text.length()) {
            f[7] = 0;
            return true;
        }
        String rest = text.substring(pos);
        if (rest.equalsIgnoreCase("UTC") || rest.equalsIgnoreCase("GMT")) {
            f[7] = 0;
            return true;
        }
        if (c != '+' && c != '-') {
            return false;
        }
        pos++;
        int h = digits(2, 2);
        if (h < 0) {
            return false;
        }
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
        }
        int m = pos == text.length() ? 0 : digits(2, 2);
        if (m < 0 || pos != text.length() || h > 18 || m > 59) {
            return false;
        }
        f[7] = (c == '-' ? -1 : 1) * (h * 3600 + m * 60);
        return true;
    }

    private static boolean valid(int[] f) {
        if (f[1] < 1 || f[1] > 12 || f[2] < 1 || f[3] > 23 || f[4] > 59 || f[5] > 59) {
            return false;
        }
        boolean leap = f[0] % 4 == 0 && (f[0] % 100 != 0 || f[0] % 400 == 0);
        int[] lengths = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return f[2] <= lengths[f[1] - 1];
    }

    private int digits(int min, int max) {
        int start = pos;
        int v = 0;
        while (pos < text.length() && pos - start < max && isDigit(text.charAt(pos))) {
            v = v * 10 + text.charAt(pos++) - '0';
        }
        return pos - start >= min ? v : -1;
    }

    private boolean expect(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
