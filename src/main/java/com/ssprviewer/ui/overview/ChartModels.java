package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Problem;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.OutcomeColours;
import com.ssprviewer.ui.common.ValueNames;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Overview's six charts as plain series, so tests can compare them with the store's aggregates without a
 * window. Zero values are left out of the pie and the bar charts (nothing to click), never out of the time charts
 * (a day without events is a day of the range all the same); days are ISO dates.
 */
public final class ChartModels {

    /** How many problems the "top problems" chart shows. */
    public static final int TOP_PROBLEMS = 5;

    private ChartModels() {
    }

    /** Share of reset outcomes. */
    public static List<ChartPoint> outcomeShare(OverviewData d) {
        List<ChartPoint> out = new ArrayList<>();
        d.summary().outcomes().forEach((o, n) -> {
            if (n > 0) {
                out.add(new ChartPoint(ValueNames.of(o), n, Drilldowns.outcome(d, o), outcomeClass(o)));
            }
        });
        return out;
    }

    /**
     * Outcomes per day: one series per outcome, one point per day of the range ({@link #days}), days without
     * attempts included as zeros so the time axis skips no day.
     */
    public static Map<Outcome, List<ChartPoint>> outcomesPerDay(OverviewData d) {
        Map<Outcome, List<ChartPoint>> out = new EnumMap<>(Outcome.class);
        List<LocalDate> days = days(d);
        for (Outcome o : Outcome.values()) {
            List<ChartPoint> points = new ArrayList<>();
            for (LocalDate day : days) {
                long n = d.outcomesPerDay().getOrDefault(day, Map.of()).getOrDefault(o, 0L);
                points.add(new ChartPoint(day.toString(), n, Drilldowns.day(d, day, o)));
            }
            out.put(o, points);
        }
        return out;
    }

    /**
     * The days both time charts span, so their bars line up: every day of the chosen range where it has a bound
     * (its first and last days included, with or without events), and the first or the last day with attempts or
     * registrations where it has none ("All data"). None when an open range holds no data.
     */
    public static List<LocalDate> days(OverviewData d) {
        Set<LocalDate> seen = new TreeSet<>(d.outcomesPerDay().keySet());
        seen.addAll(d.registrationsPerDay().keySet());
        Instant from = d.window().from();
        Instant to = d.window().to();
        if (seen.isEmpty() && (from == null || to == null)) {
            return List.of();
        }
        // the window's end is exclusive: its last day is the day of the moment before it
        LocalDate first = from == null ? Collections.min(seen) : from.atZone(d.zone()).toLocalDate();
        LocalDate last = to == null ? Collections.max(seen) : to.minusNanos(1).atZone(d.zone()).toLocalDate();
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            out.add(day);
        }
        return out;
    }

    /** Methods used in successful resets. */
    public static List<ChartPoint> methods(OverviewData d) {
        List<ChartPoint> out = new ArrayList<>();
        d.summary().methods().forEach((m, n) -> add(out, m, n, Drilldowns.method(d, m)));
        return out;
    }

    /** Data registered: users whose latest registration listing data includes the method. */
    public static List<ChartPoint> dataRegistered(OverviewData d) {
        List<ChartPoint> out = new ArrayList<>();
        d.summary().dataRegistered().forEach((m, n) -> add(out, m, n, Drilldowns.data(d, m)));
        return out;
    }

    /** The most frequent problems, most first. */
    public static List<ChartPoint> topProblems(OverviewData d) {
        List<ChartPoint> out = new ArrayList<>();
        for (Problem p : d.summary().problems().subList(0, Math.min(TOP_PROBLEMS, d.summary().problems().size()))) {
            out.add(new ChartPoint(ValueNames.problem(p.details()), p.count(), Drilldowns.problem(d, p)));
        }
        return out;
    }

    /** Successful registrations per day of the range ({@link #days}), oldest first. */
    public static List<ChartPoint> registrationsOverTime(OverviewData d) {
        List<ChartPoint> out = new ArrayList<>();
        for (LocalDate day : days(d)) {
            out.add(new ChartPoint(day.toString(), d.registrationsPerDay().getOrDefault(day, 0L),
                    Drilldowns.registrationsOn(d, day)));
        }
        return out;
    }

    private static void add(List<ChartPoint> out, Method m, long n, Drill drill) {
        if (n > 0) {
            out.add(new ChartPoint(ValueNames.of(m), n, drill));
        }
    }

    /** The pseudo-class of an outcome's slice (its colour in overview.css). */
    private static String outcomeClass(Outcome o) {
        return OutcomeColours.styleName(o);
    }
}
