package com.ssprviewer.ui.lists;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.StorePages;
import com.ssprviewer.report.xlsx.ListWorkbook;
import com.ssprviewer.report.xlsx.TooManyRowsException;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Tasks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The list's export to an Excel workbook, chosen by the file's {@code .xlsx} name in the export dialog: the same
 * background task and status-bar progress as the CSV export, the shown columns with the window's zone and language.
 */
final class WorkbookExport {

    private WorkbookExport() {
    }

    /** True when the user chose a workbook rather than CSV. */
    static boolean wanted(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Writes the list with {@code columns} titled {@code headers} (as on screen) in a task shown in the status bar. */
    static <R> void start(ListContext context, ListDefinition<R> list, List<ListColumn<R>> columns,
                          List<String> headers, EventFilter filter, Sort sort, Path file) {
        ZoneId zone = context.timeFormat().zone();
        Locale locale = I18n.getLocale();
        String name = String.valueOf(file.getFileName());
        String sortText = sort.field().key() + (sort.descending() ? ":desc" : "");
        Tasks.createReporting(reporter -> {
            Store store = context.access().store();
            ReportRequest request = new ReportRequest(ListWorkbook.blade(list), filter, Instant.now(), zone,
                    new ReportTexts(locale), store.directory().toString());
            StorePages<R> rows = new StorePages<>((f, s, p) -> list.fetcher().page(store, f, s, p), filter, sort);
            return ListWorkbook.write(file, new ListWorkbook.Rows<>(list, columns, headers, rows,
                    store.count(list.kind(), filter), sortText), request, Instant.now(), reporter);
        })
                .showingIn(context.status(), I18n.format("list.export.running", name))
                .onSuccess(rows -> context.status().showMessage(I18n.format("list.export.done", rows, name)))
                .onError(e -> context.status().showMessage(e instanceof TooManyRowsException tooMany
                        ? I18n.format("list.export.tooManyRows", name, tooMany.rows(), tooMany.limit())
                        : I18n.format("list.export.failed", name, String.valueOf(e.getMessage()))))
                .runOnce(context.access().executor());
    }
}
