package com.ssprviewer.report.xlsx;

import com.ssprviewer.insight.Coverages;
import com.ssprviewer.insight.DailyOutcomes;
import com.ssprviewer.insight.Finding;
import com.ssprviewer.insight.Problem;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.OverviewTiles;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.Tile;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;

/**
 * The Overview as an Excel workbook: the eight answers (and the policy changes) as the tiles give them, one sheet for
 * each table behind a chart (outcomes, outcomes per day, methods used, data registered), the top problems, the
 * suspicious findings, and the Filters sheet. Counts are number cells, days and times date cells.
 */
public final class OverviewWorkbook {

    private OverviewWorkbook() {
    }

    public static void write(Path target, Store store, ReportRequest request, Instant exportedAt, Progress progress)
            throws IOException {
        EventFilter f = request.filter();
        EventFilter window = EventFilter.builder().from(f.from()).to(f.to()).build();
        Summary s = Summaries.compute(store, window, request.asOf());
        progress.checkCancelled();
        DailyOutcomes daily = new DailyOutcomes(request.zone());
        store.forEachAttempt(f, daily::add);
        progress.checkCancelled();
        long policyChanges = store.count(ListKind.POLICY, window);
        List<Tile> tiles = OverviewTiles.tiles(s, policyChanges, Coverages.compute(store, null).orElse(null),
                request.texts());
        try {
            XlsxFile.write(target, workbook -> {
                ReportTexts t = request.texts();
                answers(workbook, tiles, request);
                counts(workbook, "xlsx.sheet.outcomes", "xlsx.outcome", s.outcomes(), request);
                perDay(workbook, daily.perDay(), request);
                counts(workbook, "xlsx.sheet.methods", "xlsx.method", sorted(s.methods()), request);
                counts(workbook, "xlsx.sheet.dataRegistered", "xlsx.method", sorted(s.dataRegistered()), request);
                problems(workbook, s.problems(), request);
                suspicious(workbook, s.suspicious(), request);
                new FiltersSheet(request, t.get(request.blade().titleKey())).add("xlsx.asOf", request.asOf())
                        .write(workbook, exportedAt);
            });
        } catch (TooManyRowsException e) {
            throw new IllegalStateException("the Overview's tables are short", e);
        }
    }

    private static void answers(Workbook workbook, List<Tile> tiles, ReportRequest request) throws IOException {
        ReportTexts t = request.texts();
        SheetWriter sheet = new SheetWriter(workbook, t.get("xlsx.sheet.answers"),
                List.of(t.get("xlsx.question"), t.get("xlsx.answer"), t.get("xlsx.context")), request.zone());
        for (Tile tile : tiles) {
            sheet.row(List.of(tile.label(), number(tile.value()), tile.context() == null ? "" : tile.context()));
        }
        sheet.finish();
    }

    /** A tile's value: a count as a number, anything else (a method's name) as text. */
    private static Object number(String value) {
        return value.matches("\\d{1,18}") ? (Object) Long.valueOf(value) : value;
    }

    private static <E extends Enum<E>> void counts(Workbook workbook, String sheetKey, String nameKey,
                                                  Map<E, Long> counts, ReportRequest request) throws IOException {
        ReportTexts t = request.texts();
        SheetWriter sheet = new SheetWriter(workbook, t.get(sheetKey),
                List.of(t.get(nameKey), t.get("column.count")), request.zone());
        for (Map.Entry<E, Long> e : counts.entrySet()) {
            sheet.row(List.of(t.value(e.getKey()), e.getValue()));
        }
        sheet.finish();
    }

    /** Most used first, as the chart shows them. */
    private static Map<Method, Long> sorted(Map<Method, Long> counts) {
        Map<Method, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<Method, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static void perDay(Workbook workbook, Map<LocalDate, Map<Outcome, Long>> days, ReportRequest request)
            throws IOException {
        ReportTexts t = request.texts();
        List<String> header = new ArrayList<>();
        header.add(t.get("xlsx.day"));
        for (Outcome o : Outcome.values()) {
            header.add(t.value(o));
        }
        SheetWriter sheet = new SheetWriter(workbook, t.get("xlsx.sheet.perDay"), header, request.zone());
        for (Map.Entry<LocalDate, Map<Outcome, Long>> day : days.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(day.getKey());
            for (Outcome o : Outcome.values()) {
                row.add(day.getValue().getOrDefault(o, 0L));
            }
            sheet.row(row);
        }
        sheet.finish();
    }

    private static void problems(Workbook workbook, List<Problem> problems, ReportRequest request)
            throws IOException {
        ReportTexts t = request.texts();
        SheetWriter sheet = new SheetWriter(workbook, t.get("xlsx.sheet.problems"), List.of(t.get("column.details"),
                t.get("column.result"), t.get("column.count"), t.get("column.fix")), request.zone());
        for (Problem p : problems) {
            sheet.row(List.of(p.details(), t.value(p.result()), p.count(), p.fix() == null ? "" : p.fix()));
        }
        sheet.finish();
    }

    private static void suspicious(Workbook workbook, List<Finding> findings, ReportRequest request)
            throws IOException {
        ReportTexts t = request.texts();
        SheetWriter sheet = new SheetWriter(workbook, t.get("xlsx.sheet.suspicious"), List.of(t.get("column.rule"),
                t.get("column.user"), t.get("column.count"), t.get("column.first"), t.get("column.last")),
                request.zone());
        for (Finding f : findings) {
            List<Object> row = new ArrayList<>();
            row.add(f.rule());
            row.add(f.user());
            row.add(f.count());
            row.add(f.first());
            row.add(f.last());
            sheet.row(row);
        }
        sheet.finish();
    }
}
