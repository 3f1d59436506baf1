package com.ssprviewer.ui.lists;

import com.ssprviewer.report.CsvWriter;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.work.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes every row of a filtered, sorted list to a CSV file page by page (keyset paging), so the export of a list
 * of millions never holds more than one page. The file starts with a byte order mark so spreadsheets read it as
 * UTF-8; cells go through {@link CsvWriter}, which keeps them from being read as formulas. A cancelled or failed
 * export leaves no partial file behind. Runs on a worker thread.
 *
 * @param <R> the row type
 */
public final class CsvExport<R> {
    static final int EXPORT_PAGE = 1000;

    private final PageSource<R> source;
    private final List<String> header;
    private final List<Function<R, String>> cells;

    public CsvExport(PageSource<R> source, List<String> header, List<Function<R, String>> cells) {
        this.source = source;
        this.header = List.copyOf(header);
        this.cells = List.copyOf(cells);
    }

    /** Writes the list to {@code file} and returns the number of rows written. */
    public long write(EventFilter filter, Sort sort, Path file, Progress reporter) throws IOException {
        long expected = source.count(filter);
        boolean done = false;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.write('\uFEFF');
            long written = rows(filter, sort, new CsvWriter(out), reporter, expected);
            out.flush();
            done = true;
            return written;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    private long rows(EventFilter filter, Sort sort, CsvWriter csv, Progress reporter, long expected)
            throws IOException {
        csv.row(header);
        long written = 0;
        PageRequest request = PageRequest.first(EXPORT_PAGE);
        while (request != null) {
            reporter.checkCancelled();
            Page<R> page = source.page(filter, sort, request);
            for (R row : page.rows()) {
                List<String> line = new ArrayList<>(cells.size());
                cells.forEach(cell -> line.add(cell.apply(row)));
                csv.row(line);
            }
            written += page.rows().size();
            reporter.progress(written, expected);
            request = page.next() == null ? null : new PageRequest(EXPORT_PAGE, 0, page.next());
        }
        return written;
    }
}
