package com.ssprviewer.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.store.query.EventFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OverviewPeriodTest {
    static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void allDataHasNoTimeBoundsAndEndsNow() {
        OverviewPeriod p = OverviewPeriod.DEFAULT;
        assertEquals(NOW, p.asOf(CLOCK, ZoneOffset.UTC));
        assertEquals(EventFilter.NONE, p.window(NOW, ZoneOffset.UTC));
    }

    @Test
    void aPresetCountsBackFromAsOfAndIncludesIt() {
        OverviewPeriod p = new OverviewPeriod(OverviewRange.LAST_30_DAYS, null, null, null);
        EventFilter w = p.window(NOW, ZoneOffset.UTC);
        assertEquals(Instant.parse("2025-02-18T12:00:00Z"), w.from());
        assertEquals(NOW.plusNanos(1), w.to());
    }

    @Test
    void aCustomRangeTakesWholeDaysInTheShownZone() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        OverviewPeriod p = new OverviewPeriod(OverviewRange.CUSTOM, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2), null);
        EventFilter w = p.window(NOW, stockholm);
        assertEquals(Instant.parse("2025-02-28T23:00:00Z"), w.from());
        assertEquals(Instant.parse("2025-03-02T23:00:00Z"), w.to());
    }

    @Test
    void anAsOfDayEndsAtItsLastMoment() {
        OverviewPeriod p = new OverviewPeriod(OverviewRange.ALL, null, null, LocalDate.of(2025, 3, 11));
        assertEquals(Instant.parse("2025-03-12T00:00:00Z").minusNanos(1), p.asOf(CLOCK, ZoneOffset.UTC));
    }
}
