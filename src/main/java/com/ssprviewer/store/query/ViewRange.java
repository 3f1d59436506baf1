package com.ssprviewer.store.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time range of a saved view as the user chose it, so it means the same when the view is opened later: a span
 * counting back from the moment it is used ("last 7 days" stays the last 7 days), or whole days (the last one
 * included) in the zone times are shown in, or nothing, which leaves the filter's own bounds (if any) as they are.
 *
 * @param last    how far back from now, or null
 * @param fromDay the first day, or null (with {@code last} null)
 * @param toDay   the last day included, or null (with {@code last} null)
 */
public record ViewRange(Duration last, LocalDate fromDay, LocalDate toDay) {

    /** No range of its own: the filter's bounds, if it has any, apply. */
    public static final ViewRange ALL = new ViewRange(null, null, null);

    public ViewRange {
        if (last != null && (fromDay != null || toDay != null)) {
            throw new IllegalArgumentException("a range is either a span back from now or days, not both");
        }
        if (last != null && (last.isNegative() || last.isZero())) {
            throw new IllegalArgumentException("a range's span must be positive");
        }
    }

    public static ViewRange last(Duration span) {
        return new ViewRange(span, null, null);
    }

    public static ViewRange days(LocalDate from, LocalDate to) {
        return new ViewRange(null, from, to);
    }

    /** True when the range is whole days. */
    public boolean isDays() {
        return fromDay != null || toDay != null;
    }

    /** The filter with this range's bounds at {@code now}, days taken in {@code zone}; ALL leaves it unchanged. */
    public EventFilter applyTo(EventFilter filter, Instant now, ZoneId zone) {
        if (last != null) {
            return filter.toBuilder().from(now.minus(last)).to(null).build();
        }
        if (isDays()) {
            return filter.toBuilder().from(fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant())
                    .to(toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant()).build();
        }
        return filter;
    }
}
