package com.ssprviewer.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Time formats of the exports: ISO-8601 with seven fraction digits (audit logs) and plain date-time (classic reports).
 */
final class Times {

    private Times() {
    }

    /** {@code 2025-03-11T16:59:36.7637903Z}: always seven fraction digits, as the portal writes them. */
    static String iso7(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(28);
        date(sb, d).append('T');
        time(sb, d).append('.');
        String frac = Integer.toString(t.getNano() / 100);
        for (int i = frac.length(); i < 7; i++) {
            sb.append('0');
        }
        return sb.append(frac).append('Z').toString();
    }

    /** {@code 2025-03-04 09:06:02}: the classic reports' style (no zone, UTC). */
    static String classic(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(19);
        date(sb, d).append(' ');
        return time(sb, d).toString();
    }

    /** {@code t} plus {@code minSeconds..maxSeconds} and a random fraction in 100 ns steps. */
    static Instant later(Random random, Instant t, int minSeconds, int maxSeconds) {
        long seconds = minSeconds + random.nextInt(maxSeconds - minSeconds + 1);
        return t.plusSeconds(seconds).plusNanos(100L * random.nextInt(10_000_000));
    }

    private static StringBuilder date(StringBuilder sb, LocalDateTime d) {
        sb.append(d.getYear()).append('-');
        two(sb, d.getMonthValue()).append('-');
        return two(sb, d.getDayOfMonth());
    }

    private static StringBuilder time(StringBuilder sb, LocalDateTime d) {
        two(sb, d.getHour()).append(':');
        two(sb, d.getMinute()).append(':');
        return two(sb, d.getSecond());
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }
}
