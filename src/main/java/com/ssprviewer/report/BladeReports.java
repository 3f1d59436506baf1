package com.ssprviewer.report;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.Coverages;
import com.ssprviewer.insight.DailyOutcomes;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.report.document.Labels;
import com.ssprviewer.report.document.ReportContent;
import com.ssprviewer.report.document.Section;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Sort;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the one report layout of a blade, used for the preview, the printer and the PDF alike: title, store,
 * filters in words, date range, then the Overview's tiles and charts or the list's table.
 */
public final class BladeReports {

    private BladeReports() {
    }

    public static ReportContent build(Store store, ReportRequest request, Sort sort, Clock clock) {
        ReportTexts t = request.texts();
        if (request.blade() == ReportBlade.COVERAGE) {
            return coverage(store, request, clock);
        }
        List<String> header = new ArrayList<>();
        header.add(t.format("report.store", request.storeName()));
        header.add(FilterWords.describe(request.filter(), request));
        header.add(range(request));
        List<Section> sections = new ArrayList<>();
        ListDefinition<?> list = request.blade().list().orElse(null);
        if (list == null) {
            Summary summary = Summaries.compute(store, timeWindow(request.filter()), request.asOf());
            DailyOutcomes daily = OverviewReport.daily(store, request);
            header.add(OverviewReport.attempts(summary, daily, t));
            header.add(t.format("report.asOf", request.time(request.asOf()) + " " + request.zoneLabel()));
            sections.addAll(OverviewReport.sections(store, request, summary, daily));
        } else {
            header.add(t.format("report.rows", store.count(list.kind(), request.filter())));
            sections.add(ListReport.table(store, list, request, sort == null ? list.defaultSort() : sort));
        }
        return new ReportContent(t.get(request.blade().titleKey()), header,
                ZonedDateTime.now(clock.withZone(request.zone())), sections);
    }

    /** Coverage reads snapshots, not events: no filters or date range, the snapshot on or before the day asked. */
    private static ReportContent coverage(Store store, ReportRequest request, Clock clock) {
        ReportTexts t = request.texts();
        LocalDate day = LocalDate.ofInstant(request.asOf(), ZoneOffset.UTC);
        Optional<Coverage> coverage = Coverages.compute(store, day);
        List<String> header = new ArrayList<>();
        header.add(t.format("report.store", request.storeName()));
        header.add(coverage.map(c -> t.format("coverage.snapshot", c.snapshot(), c.members(), c.guests()))
                .orElseGet(() -> t.format("coverage.noSnapshot", day)));
        header.add(t.get("coverage.ofMembers"));
        List<Section> sections = coverage.map(c -> CoverageReport.sections(c, t)).orElse(List.of());
        return new ReportContent(t.get(request.blade().titleKey()), header,
                ZonedDateTime.now(clock.withZone(request.zone())), sections);
    }

    public static Labels labels(ReportTexts t) {
        return new Labels(t.get("report.page"), t.get("report.printed"), t.get("report.continued"),
                t.get("report.noRows"));
    }

    private static String range(ReportRequest r) {
        EventFilter f = r.filter();
        if (f.from() == null && f.to() == null) {
            return r.texts().get("report.range.all");
        }
        return r.texts().format("report.range", f.from() == null ? "…" : r.time(f.from()),
                f.to() == null ? "…" : r.time(f.to()));
    }

    private static EventFilter timeWindow(EventFilter f) {
        return EventFilter.builder().from(f.from()).to(f.to()).build();
    }
}
