package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Problem;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.OutcomeColours;
import com.ssprviewer.ui.common.ValueNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Overview's six charts as plain series, so tests can compare them with the store's aggregates without a
 * window. Zero values are left out of the pie and the bar charts (nothing to click); days are ISO dates.
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
     * Outcomes per day: one series per outcome, one point per day from the first day with attempts to the last,
     * days without attempts included as zeros so the time axis does not skip them.
     */
    public static Map<Outcome, List<ChartPoint>> outcomesPerDay(OverviewData d) {
        Map<Outcome, List<ChartPoint>> out = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            List<ChartPoint> points = new ArrayList<>();
            for (LocalDate day : everyDay(d.outcomesPerDay().keySet())) {
                long n = d.outcomesPerDay().getOrDefault(day, Map.of()).getOrDefault(o, 0L);
                points.add(new ChartPoint(day.toString(), n, Drilldowns.day(d, day, o)));
            }
            out.put(o, points);
        }
        return out;
    }

    /** Every day from the earliest of {@code days} to the latest, in order; none for none. */
    static List<LocalDate> everyDay(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate last = Collections.max(days);
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate day = Collections.min(days); !day.isAfter(last); day = day.plusDays(1)) {
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

    /** Successful registrations per day, oldest first. */
    public static List<ChartPoint> registrationsOverTime(OverviewData d) {
        List<ChartPoint> out = new ArrayList<>();
        for (LocalDate day : everyDay(d.registrationsPerDay().keySet())) {
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
