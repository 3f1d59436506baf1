package com.ssprviewer.report.xlsx;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet written row by row: a bold header row that stays in view, typed cells (times as Excel dates in the
 * workbook's zone, numbers as numbers, everything else as text that is never evaluated, so a value starting with
 * {@code =} stays text), an autofilter over every row written, and column widths fitted to the header and the first
 * {@value #MEASURED_ROWS} rows. A streamed sheet writes its columns and frozen pane before its first rows leave
 * memory, so the widths are measured on those rows and fixed then.
 */
final class SheetWriter {

    static final int MEASURED_ROWS = 200;
    static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String DAY_FORMAT = "yyyy-mm-dd";
    private static final int FLUSH_EVERY = 1000;
    private static final double MIN_WIDTH = 6;
    private static final double MAX_WIDTH = 80;

    private final Worksheet sheet;
    private final ZoneId zone;
    private final int columns;
    private final double[] widths;
    private int next;
    private boolean streaming;

    SheetWriter(Workbook workbook, String name, List<String> header, ZoneId zone) {
        this.sheet = workbook.newWorksheet(name);
        this.zone = zone;
        this.columns = header.size();
        this.widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            sheet.value(0, c, header.get(c));
            measure(c, header.get(c).length() + 3);
        }
        sheet.range(0, 0, 0, Math.max(0, columns - 1)).style().bold().set();
        sheet.freezePane(0, 1);
        next = 1;
    }

    /** Writes the next row; a value is an {@link Instant}, a {@link LocalDate}, a {@link Number}, text or null. */
    void row(List<?> values) throws IOException {
        int r = next++;
        for (int c = 0; c < values.size() && c < columns; c++) {
            cell(r, c, values.get(c));
        }
        if (!streaming && r >= MEASURED_ROWS) {
            fixWidths();
        }
        if (streaming && r % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** The rows written so far, the header included. */
    int rows() {
        return next;
    }

    /** Ends the sheet: its autofilter spans every row written. */
    void finish() throws IOException {
        if (!streaming) {
            fixWidths();
        }
        if (columns > 0) {
            sheet.setAutoFilter(0, 0, next - 1, columns - 1);
        }
        sheet.finish();
    }

    private void cell(int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Instant i) {
            sheet.value(r, c, LocalDateTime.ofInstant(i, zone));
            sheet.style(r, c).format(TIME_FORMAT).set();
            measure(c, TIME_FORMAT.length());
        } else if (value instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format(DAY_FORMAT).set();
            measure(c, DAY_FORMAT.length());
        } else if (value instanceof Number n) {
            sheet.value(r, c, n);
            measure(c, n.toString().length());
        } else {
            String text = value.toString();
            // an inline string: spreadsheets show it as written and never evaluate it, whatever it starts with; a
            // shared string would keep every distinct text of the sheet in memory until the workbook ends
            sheet.inlineString(r, c, text);
            measure(c, text.length());
        }
    }

    private void measure(int c, int chars) {
        if (!streaming) {
            widths[c] = Math.max(widths[c], chars + 1.5);
        }
    }

    private void fixWidths() {
        for (int c = 0; c < columns; c++) {
            sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c])));
        }
        streaming = true;
    }
}
