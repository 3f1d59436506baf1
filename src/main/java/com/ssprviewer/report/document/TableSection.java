package com.ssprviewer.report.document;

import java.awt.Color;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list as a table: fitted to the page width by relative widths, its header row repeated on every page, long cells
 * wrapped onto more lines (never cut).
 *
 * <p>{@code rows} is iterated exactly once, row by row, while the pages are laid out, so it may stream from a database
 * cursor; the writer keeps only the current row in memory. When the iterator is {@link AutoCloseable} (a cursor), the
 * writer closes it after the last row, or when layout fails.
 *
 * @param headers        column titles
 * @param relativeWidths one weight per column; a column gets {@code weight / sum of weights} of the page width
 * @param wrap           one flag per column: {@code true} wraps at word boundaries (free text such as Details);
 *                       {@code false} keeps the cell on one line, in a slightly smaller size if needed, and breaks it
 *                       only when even that does not fit
 * @param rows           one list of cell texts per row, as many cells as headers (missing cells print empty)
 * @param marks          one map per column: a cell whose text is a key prints in that colour, beside a bar of it (a
 *                       reset's outcome, coloured as the window colours it; the bar and the word still tell it in
 *                       black-and-white print). The writer looks a cell up when it lays the cell's row out, so a map
 *                       may be filled while the rows stream.
 */
public record TableSection(List<String> headers, List<Float> relativeWidths, List<Boolean> wrap,
                           Iterable<List<String>> rows, List<Map<String, Color>> marks) implements Section {

    public TableSection {
        headers = List.copyOf(headers);
        relativeWidths = List.copyOf(relativeWidths);
        wrap = List.copyOf(wrap);
        Objects.requireNonNull(rows, "rows");
        marks = List.copyOf(marks);
        if (marks.size() != headers.size()) {
            throw new IllegalArgumentException("A table needs one map of marks per column: " + headers.size()
                    + " headers, " + marks.size() + " maps");
        }
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        if (relativeWidths.size() != headers.size() || wrap.size() != headers.size()) {
            throw new IllegalArgumentException("A table needs one width and one wrap flag per column: "
                    + headers.size() + " headers, " + relativeWidths.size() + " widths, " + wrap.size() + " flags");
        }
        for (Float w : relativeWidths) {
            if (!(w > 0)) {
                throw new IllegalArgumentException("Column widths must be positive, got " + w);
            }
        }
    }

    /** A table without coloured cells. */
    public TableSection(List<String> headers, List<Float> relativeWidths, List<Boolean> wrap,
                        Iterable<List<String>> rows) {
        this(headers, relativeWidths, wrap, rows, Collections.nCopies(headers.size(), Map.of()));
    }
}
