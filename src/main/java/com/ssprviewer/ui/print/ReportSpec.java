package com.ssprviewer.ui.print;

import com.ssprviewer.report.BladeReports;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.PdfReportWriter;
import com.ssprviewer.report.xlsx.BladeWorkbooks;
import com.ssprviewer.report.xlsx.TooManyRowsException;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.ui.common.ReportSource;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * One report as the preview opened it: blade, filters, sort, language, zone and the moment of printing, fixed when
 * the preview opens so every rendering, the printed pages and the saved PDF carry the same "as of" and "printed"
 * times whatever page setup the user tries.
 *
 * @param request what to report, in which language and zone
 * @param sort    the blade's sort, or null for the report's default
 * @param clock   a clock fixed at the moment the preview opened
 */
record ReportSpec(ReportRequest request, Sort sort, Clock clock) {

    /** Captures what {@code source} shows now; call on the FX thread. */
    static ReportSpec of(ReportSource source, Locale locale, ZoneId zone, String storeName, Instant now) {
        Instant asOf = source.reportAsOf() == null ? now : source.reportAsOf();
        ReportRequest request = new ReportRequest(source.reportBlade(), source.reportFilter(), asOf, zone,
                new ReportTexts(locale), storeName);
        return new ReportSpec(request, source.reportSort(), Clock.fixed(now, zone));
    }

    /** The report's title in its language, e.g. "SSPR overview". */
    String title() {
        return request.texts().get(request.blade().titleKey());
    }

    /** The page setup the report reads best in: landscape for wide lists. */
    PageSetup preferredSetup() {
        PageSetup defaults = PageSetup.defaults();
        return new PageSetup(defaults.paper(), request.blade().prefersLandscape(), defaults.marginMm());
    }

    /**
     * Reads the store and writes the report to {@code target} (atomically); runs in a background task.
     *
     * @return the number of pages
     */
    int write(Store store, PageSetup setup, Path target) throws IOException {
        return PdfReportWriter.write(BladeReports.build(store, request, sort, clock), setup,
                BladeReports.labels(request.texts()), target);
    }

    /** True when the user chose an Excel workbook ({@code .xlsx}) rather than a PDF. */
    static boolean wantsWorkbook(Path target) {
        return String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Whether this report has a workbook (the Overview and the lists do, the coverage does not). */
    boolean hasWorkbook() {
        return BladeWorkbooks.hasWorkbook(request.blade());
    }

    /** Writes the report's workbook; returns the rows of a list, or the sheets of the Overview. */
    long writeWorkbook(Store store, Path target, Progress progress) throws IOException {
        try {
            return BladeWorkbooks.write(target, store, request, sort, clock.instant(), progress);
        } catch (TooManyRowsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
