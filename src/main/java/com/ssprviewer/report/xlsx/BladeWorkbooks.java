package com.ssprviewer.report.xlsx;

import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.StorePages;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** The workbook of a report's blade: the Overview's answers and tables, or a list blade's shown columns. */
public final class BladeWorkbooks {

    /** The sheets of the Overview's workbook, Filters included. */
    static final int OVERVIEW_SHEETS = 8;

    private BladeWorkbooks() {
    }

    /**
     * Writes the workbook of {@code request}'s blade to {@code target}; returns the rows of a list, or the sheets of
     * the Overview.
     *
     * @param sort the list's order; null for its default
     */
    public static long write(Path target, Store store, ReportRequest request, Sort sort, Instant exportedAt,
                             Progress progress) throws IOException, TooManyRowsException {
        if (!hasWorkbook(request.blade())) {
            throw new IllegalArgumentException("the " + request.blade().id() + " report has no workbook");
        }
        ListDefinition<?> list = request.blade().list().orElse(null);
        if (list == null) {
            OverviewWorkbook.write(target, store, request, exportedAt, progress);
            return OVERVIEW_SHEETS;
        }
        return list(target, store, list, request, sort == null ? list.defaultSort() : sort, exportedAt, progress);
    }

    /** The Overview and the lists have a workbook; the coverage report is a PDF only. */
    public static boolean hasWorkbook(ReportBlade blade) {
        return blade != ReportBlade.COVERAGE;
    }

    private static <R> long list(Path target, Store store, ListDefinition<R> list, ReportRequest request, Sort sort,
                                 Instant exportedAt, Progress progress) throws IOException, TooManyRowsException {
        StorePages<R> rows = new StorePages<>((f, s, p) -> list.fetcher().page(store, f, s, p), request.filter(),
                sort);
        String sortText = sort.field().key() + (sort.descending() ? ":desc" : "");
        return ListWorkbook.write(target, new ListWorkbook.Rows<>(list, list.shownColumns(),
                ListWorkbook.headers(list.shownColumns(), request), rows,
                store.count(list.kind(), request.filter()), sortText), request, exportedAt, progress);
    }
}
