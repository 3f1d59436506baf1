package com.ssprviewer.ui.overview;

import com.ssprviewer.store.query.EventFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the Overview answers over: a date range and the "as of" moment the last-7-days answer counts back from.
 * "All" means every stored row (as {@code summary} without {@code --from/--to}); the other presets take the days up
 * to and including "as of"; a custom range takes whole days in the zone times are shown in.
 *
 * @param range      the preset
 * @param customFrom first day of a custom range, or null for open
 * @param customTo   last day of a custom range (inclusive), or null for open
 * @param asOfDay    the day "as of" ends with, or null for now
 */
public record OverviewPeriod(OverviewRange range, LocalDate customFrom, LocalDate customTo, LocalDate asOfDay) {

    public static final OverviewPeriod DEFAULT = new OverviewPeriod(OverviewRange.ALL, null, null, null);

    /** The end of the "as of" day (its last nanosecond), or now. */
    public Instant asOf(Clock clock, ZoneId zone) {
        return asOfDay == null ? clock.instant() : asOfDay.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    /** The stored data the answers cover: a filter with only its time bounds set. */
    public EventFilter window(Instant asOf, ZoneId zone) {
        return switch (range) {
            case ALL -> EventFilter.NONE;
            case CUSTOM -> EventFilter.builder()
                    .from(customFrom == null ? null : customFrom.atStartOfDay(zone).toInstant())
                    .to(customTo == null ? null : customTo.plusDays(1).atStartOfDay(zone).toInstant())
                    .build();
            case LAST_7_DAYS, LAST_30_DAYS, LAST_90_DAYS -> EventFilter.builder()
                    .from(asOf.minus(Duration.ofDays(range.days()))).to(asOf.plusNanos(1)).build();
        };
    }
}
