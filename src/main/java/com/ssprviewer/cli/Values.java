package com.ssprviewer.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads the typed values of options: dates, instants, numbers and zones, with usage errors that say what is expected.
 */
final class Values {

    private Values() {
    }

    /** An instant ({@code 2025-03-01T12:00:00Z}), a local date-time (UTC) or a date (its start, UTC). */
    static Instant instant(String option, String text) throws UsageException {
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new UsageException("--" + option + " expects a date like 2025-03-01 or an instant like "
                    + "2025-03-01T12:00:00Z, not \"" + text + "\"");
        }
    }

    /** A day: {@code 2025-03-01}. */
    static LocalDate date(String option, String text) throws UsageException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new UsageException("--" + option + " expects a date like 2025-03-01, not \"" + text + "\"");
        }
    }

    /** The exclusive end of a {@code --to} value: a date includes the whole day. */
    static Instant endExclusive(String option, String text) throws UsageException {
        Instant start = instant(option, text);
        return text.length() <= 10 ? start.plusSeconds(86_400) : start;
    }

    static int positiveInt(String option, String text) throws UsageException {
        try {
            int v = Integer.parseInt(text.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects a whole number of 0 or more, not \"" + text + "\"");
        }
    }

    static long anyLong(String option, String text) throws UsageException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects a whole number, not \"" + text + "\"");
        }
    }

    static ZoneId zone(String text) throws UsageException {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UsageException("--zone expects a time zone like UTC, Europe/Stockholm or +01:00, not \""
                    + text + "\"");
        }
    }

    /** Refuses {@code --from} after {@code --to}: the range would hold nothing, which is never what was meant. */
    static void ordered(Args args) throws UsageException {
        if (args.option("from").isEmpty() || args.option("to").isEmpty()) {
            return;
        }
        if (!instant("from", args.option("from").get()).isBefore(endExclusive("to", args.option("to").get()))) {
            throw new UsageException("--from " + args.option("from").get() + " is after --to "
                    + args.option("to").get() + "; give the earlier day with --from");
        }
    }
}
