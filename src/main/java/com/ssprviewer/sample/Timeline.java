package com.ssprviewer.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How the covered period is shared among the formats, oldest first: classic reports, the two audit CSVs (which
 * overlap, as weekly downloads do), the audit JSON download, the Graph pages. Boundaries fall on whole hours.
 */
final class Timeline {

    /** A half-open span of time {@code [from, to)}. */
    record Period(Instant from, Instant to) {

        boolean contains(Instant t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    private final Instant start;
    private final int days;
    final Period classic;
    final Period week1;
    final Period week2;
    final Period json;
    final Period graph;

    private Timeline(SampleSpec spec) {
        this.start = spec.start();
        this.days = spec.days();
        long span = DayPlanner.DAY_SECONDS * days;
        Instant c = at(span, 0.2);
        Instant mid = at(span, 0.5);
        Instant w = at(span, 0.8);
        Instant j = at(span, 0.9);
        long overlap = Math.max(3600, Math.min(DayPlanner.DAY_SECONDS, span / 10 - span / 10 % 3600));
        classic = new Period(start, c);
        week1 = new Period(c, mid.plusSeconds(overlap));
        week2 = new Period(mid, w);
        json = new Period(w, j);
        graph = new Period(j, spec.end());
    }

    static Timeline of(SampleSpec spec) {
        return new Timeline(spec);
    }

    /** The starts of the days that overlap {@code p}, newest first (the order exports list records in). */
    List<Instant> daysNewestFirst(Period p) {
        List<Instant> out = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            Instant day = start.plusSeconds(DayPlanner.DAY_SECONDS * i);
            if (day.isBefore(p.to()) && day.plusSeconds(DayPlanner.DAY_SECONDS).isAfter(p.from())) {
                out.add(day);
            }
        }
        return out;
    }

    private Instant at(long span, double fraction) {
        long s = (long) (span * fraction);
        return start.plusSeconds(s - s % 3600);
    }
}
