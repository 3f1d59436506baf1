package com.ssprviewer.report.xlsx;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.report.CellText;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import org.dhatim.fastexcel.Worksheet;

/**
 * A list as an Excel workbook: one sheet of its rows, streamed from the store as they come (never gathered), and the
 * Filters sheet. A list longer than a sheet holds is refused before anything is written.
 */
public final class ListWorkbook {

    /** Hidden: the most rows a sheet takes, header included (tests set a small one). */
    public static final String MAX_ROWS_PROPERTY = "sspr.xlsx.maxRows";
    private static final int CHECK_EVERY = 1000;

    /**
     * What to export.
     *
     * @param list     the list
     * @param columns  its columns to write, in order
     * @param headers  their titles, as {@link #headers} gives them or as the window shows them
     * @param rows     its rows in order, read lazily
     * @param expected how many rows {@code rows} gives (the limit is checked against it before writing)
     * @param sort     the order in words ("date:desc")
     * @param <R>      the row type
     */
    public record Rows<R>(ListDefinition<R> list, List<ListColumn<R>> columns, List<String> headers, Iterable<R> rows,
                          long expected, String sort) {
    }

    private ListWorkbook() {
    }

    /** The most rows a list may have to fit one sheet below its header. */
    public static long maxRows() {
        return Math.max(1, Long.getLong(MAX_ROWS_PROPERTY, Worksheet.MAX_ROWS)) - 1;
    }

    /** Writes the workbook to {@code target} and returns the rows written; cancelled through {@code progress}. */
    public static <R> long write(Path target, Rows<R> rows, ReportRequest request, Instant exportedAt,
                                 Progress progress) throws IOException, TooManyRowsException {
        long max = maxRows();
        if (rows.expected() > max) {
            throw new TooManyRowsException(rows.expected(), max);
        }
        long[] written = {0};
        XlsxFile.write(target, workbook -> {
            ReportTexts t = request.texts();
            String title = title(rows.list(), t);
            SheetWriter sheet = new SheetWriter(workbook, title, rows.headers(), request.zone());
            progress.checkCancelled();
            for (R row : rows.rows()) {
                if (written[0] == max) {
                    // the list grew since it was counted: a sheet cut short would pass for the whole list
                    throw new TooManyRowsException(written[0] + 1, max);
                }
                sheet.row(cells(row, rows.columns(), t));
                written[0]++;
                if (written[0] % CHECK_EVERY == 0) {
                    progress.rows(written[0]);
                    progress.progress(written[0], rows.expected());
                    progress.checkCancelled();
                }
            }
            sheet.finish();
            new FiltersSheet(request, title).add("xlsx.sort", rows.sort()).add("xlsx.rows", written[0])
                    .write(workbook, exportedAt);
        });
        return written[0];
    }

    private static <R> List<Object> cells(R row, List<ListColumn<R>> columns, ReportTexts t) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (ListColumn<R> c : columns) {
            Object v = c.value().apply(row);
            cells.add(v instanceof Instant || v instanceof Number ? v : CellText.of(v, Instant::toString, t::value));
        }
        return cells;
    }

    /** The columns' titles as the printed report has them; a column the report never prints goes by its id. */
    public static List<String> headers(List<? extends ListColumn<?>> columns, ReportRequest request) {
        List<String> headers = new ArrayList<>();
        for (ListColumn<?> c : columns) {
            try {
                headers.add(request.texts().format(c.headerKey(), request.zoneLabel()));
            } catch (MissingResourceException e) {
                headers.add(c.id());
            }
        }
        return headers;
    }

    /** The sheet's name: the list's report title, which fits Excel's 31 characters and has none it refuses. */
    static String title(ListDefinition<?> list, ReportTexts t) {
        String title = t.get(blade(list).titleKey());
        return title.length() > 31 ? title.substring(0, 31) : title;
    }

    /** The report blade that prints {@code list}. */
    public static ReportBlade blade(ListDefinition<?> list) {
        for (ReportBlade b : ReportBlade.values()) {
            if (b.list().orElse(null) == list) {
                return b;
            }
        }
        throw new IllegalArgumentException("no report prints the list " + list.command());
    }
}
