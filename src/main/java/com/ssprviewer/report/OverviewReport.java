package com.ssprviewer.report;

import com.ssprviewer.insight.Coverages;
import com.ssprviewer.insight.DailyOutcomes;
import com.ssprviewer.insight.Finding;
import com.ssprviewer.insight.Problem;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.document.ChartSection;
import com.ssprviewer.report.document.PieChart;
import com.ssprviewer.report.document.Section;
import com.ssprviewer.report.document.StackedBarChart;
import com.ssprviewer.report.document.TableSection;
import com.ssprviewer.report.document.TilesSection;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The Overview as a report: the answers as tiles, the charts, and the tables behind problems and findings. */
final class OverviewReport {

    private OverviewReport() {
    }

    /** The attempts per day and outcome, in the report's zone. */
    static DailyOutcomes daily(Store store, ReportRequest request) {
        DailyOutcomes daily = new DailyOutcomes(request.zone());
        store.forEachAttempt(request.filter(), daily::add);
        return daily;
    }

    /** The line that says how many reset attempts the Overview counts, and the days of the first and the last. */
    static String attempts(Summary s, DailyOutcomes daily, ReportTexts t) {
        Map<LocalDate, Map<Outcome, Long>> days = daily.perDay();
        if (s.attempts() == 0 || days.isEmpty()) {
            return t.get("report.attempts.none");
        }
        List<LocalDate> sorted = days.keySet().stream().sorted().toList();
        return t.format("report.attempts", s.attempts(), sorted.get(0).toString(),
                sorted.get(sorted.size() - 1).toString());
    }

    static List<Section> sections(Store store, ReportRequest request, Summary s, DailyOutcomes daily) {
        ReportTexts t = request.texts();
        List<Section> sections = new ArrayList<>();
        EventFilter f = request.filter();
        long policyChanges = store.count(ListKind.POLICY, EventFilter.builder().from(f.from()).to(f.to()).build());
        sections.add(new TilesSection(OverviewTiles.tiles(s, policyChanges,
                Coverages.compute(store, null).orElse(null), t)));
        sections.add(new ChartSection(t.get("chart.outcomes"), outcomes(s, t)));
        if (!daily.perDay().isEmpty()) {
            sections.add(new ChartSection(t.get("chart.perDay"), perDay(daily.perDay(), t)));
        }
        sections.add(new ChartSection(t.get("chart.methods"), methods(s.methods(), t.get("chart.methods"), t)));
        sections.add(new ChartSection(t.get("chart.dataRegistered"),
                methods(s.dataRegistered(), t.get("chart.dataRegistered"), t)));
        sections.add(problems(s, t));
        sections.add(suspicious(s, request));
        return sections;
    }

    private static PieChart outcomes(Summary s, ReportTexts t) {
        List<PieChart.Slice> slices = new ArrayList<>();
        s.outcomes().forEach((o, n) -> slices.add(new PieChart.Slice(t.value(o), n, OutcomeColours.colour(o))));
        return new PieChart(slices);
    }

    private static StackedBarChart perDay(Map<LocalDate, Map<Outcome, Long>> days, ReportTexts t) {
        List<String> categories = days.keySet().stream().map(d -> d.toString().substring(5)).toList();
        List<StackedBarChart.Series> series = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            series.add(new StackedBarChart.Series(t.value(o),
                    days.values().stream().map(m -> (double) m.get(o)).toList(), OutcomeColours.colour(o)));
        }
        return new StackedBarChart(categories, series);
    }

    private static StackedBarChart methods(Map<Method, Long> counts, String name, ReportTexts t) {
        List<Map.Entry<Method, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<Method, Long>comparingByValue(Comparator.reverseOrder())).toList();
        return new StackedBarChart(sorted.stream().map(e -> t.value(e.getKey())).toList(),
                List.of(new StackedBarChart.Series(name, sorted.stream().map(e -> (double) e.getValue()).toList())));
    }

    private static TableSection problems(Summary s, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (Problem p : s.problems()) {
            rows.add(List.of(p.details(), t.value(p.result()), Long.toString(p.count()), p.fix()));
        }
        return new TableSection(List.of(t.get("column.details"), t.get("column.result"), t.get("column.count"),
                t.get("column.fix")), List.of(4f, 1.3f, 0.8f, 2.5f), List.of(true, true, true, true), rows);
    }

    private static TableSection suspicious(Summary s, ReportRequest request) {
        ReportTexts t = request.texts();
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : s.suspicious()) {
            rows.add(List.of(f.rule(), f.user(), Long.toString(f.count()), request.time(f.first()),
                    request.time(f.last())));
        }
        return new TableSection(List.of(t.get("column.rule"), t.get("column.user"), t.get("column.count"),
                t.get("column.first"), t.get("column.last")), List.of(1.5f, 2.6f, 0.8f, 1.6f, 1.6f),
                List.of(true, true, true, true, true), rows);
    }
}
