package com.ssprviewer.report.document;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays out a {@link TableSection} row by row as the rows stream in: columns fitted to the page width, a header row
 * on every page the table reaches, zebra rows, and cells wrapped onto more lines rather than cut. A row taller than
 * the rest of the page moves to the next page; a row taller than a whole page continues there.
 */
final class TableRenderer {

    private static final float PAD_X = 3f;
    private static final float PAD_Y = 2.5f;
    /** A marked cell's bar: its width, and the room it takes before the cell's text. */
    private static final float MARK_BAR = 2.5f;
    private static final float MARK_ROOM = 4f;

    private final PageFlow flow;
    private final TextWrapper wrapper;
    private final TableSection table;
    private final Labels labels;
    private final float[] x;
    private final float[] widths;
    private List<Cell> header;
    private int rowIndex;

    TableRenderer(PageFlow flow, TableSection table, Labels labels) {
        this.flow = flow;
        this.wrapper = new TextWrapper(flow.fonts());
        this.table = table;
        this.labels = labels;
        int n = table.headers().size();
        this.x = new float[n];
        this.widths = new float[n];
        float total = 0;
        for (Float w : table.relativeWidths()) {
            total += w;
        }
        float left = flow.left();
        for (int i = 0; i < n; i++) {
            widths[i] = flow.width() * table.relativeWidths().get(i) / total;
            x[i] = left;
            left += widths[i];
        }
    }

    void render() throws IOException {
        header = layout(table.headers(), flow.fonts().bold(), true);
        flow.ensureRoom(height(header) + rowHeight(1));
        drawHeader();
        Iterator<List<String>> rows = table.rows().iterator();
        boolean any = false;
        try {
            while (rows.hasNext()) {
                any = true;
                drawRow(layout(rows.next(), flow.fonts().regular(), false));
            }
        } finally {
            closeIfCursor(rows);
        }
        if (!any) {
            drawRow(layout(List.of(labels.noRows()), flow.fonts().regular(), false));
        }
        flow.rule(ReportStyle.RULE, 0.5f, flow.left(), flow.y(), flow.left() + flow.width());
    }

    private static void closeIfCursor(Iterator<List<String>> rows) throws IOException {
        if (rows instanceof AutoCloseable cursor) {
            try {
                cursor.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("The table's rows could not be closed: " + e.getMessage(), e);
            }
        }
    }

    private void drawHeader() throws IOException {
        float h = height(header);
        flow.fill(ReportStyle.HEADER_FILL, flow.left(), flow.y() - h, flow.width(), h);
        drawLines(header, 0, lineCount(header), false);
        flow.rule(ReportStyle.ACCENT, 0.8f, flow.left(), flow.y(), flow.left() + flow.width());
    }

    private void drawRow(List<Cell> cells) throws IOException {
        int lines = lineCount(cells);
        if (rowHeight(lines) > flow.remaining() && rowHeight(lines) <= flow.fullPageHeight() - height(header)) {
            breakPage();
        }
        int from = 0;
        boolean freshPage = false;
        while (from < lines) {
            int fit = (int) Math.floor((flow.remaining() - 2 * PAD_Y) / ReportStyle.TABLE_LEADING);
            if (fit <= 0 && !freshPage) {
                breakPage();
                freshPage = true;
                continue;
            }
            fit = Math.max(1, fit);
            int to = Math.min(lines, from + fit);
            boolean zebra = rowIndex % 2 == 1;
            drawLines(cells, from, to, zebra);
            from = to;
            if (from < lines) {
                breakPage();
                freshPage = true;
            }
        }
        rowIndex++;
    }

    private void breakPage() throws IOException {
        flow.newPage();
        drawHeader();
    }

    private void drawLines(List<Cell> cells, int from, int to, boolean zebra) throws IOException {
        float h = rowHeight(to - from);
        float top = flow.y();
        if (zebra) {
            flow.fill(ReportStyle.ZEBRA_FILL, flow.left(), top - h, flow.width(), h);
        }
        for (int line = from; line < to; line++) {
            float lineTop = top - PAD_Y - (line - from) * ReportStyle.TABLE_LEADING;
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (line < cell.lines().size()) {
                    float baseline = lineTop - ReportStyle.baselineOffset(cell.size(), ReportStyle.TABLE_LEADING);
                    float textX = x[c] + PAD_X;
                    Color colour = ReportStyle.TEXT;
                    if (cell.mark() != null) {
                        flow.fill(cell.mark(), textX - 1.5f, lineTop - ReportStyle.TABLE_LEADING + 1f, MARK_BAR,
                                ReportStyle.TABLE_LEADING - 2f);
                        textX += MARK_ROOM;
                        colour = cell.mark();
                    }
                    flow.text(cell.font(), cell.size(), colour, textX, baseline, cell.lines().get(line));
                }
            }
        }
        flow.advance(h);
    }

    private List<Cell> layout(List<String> row, PDFont font, boolean isHeader) {
        List<Cell> cells = new ArrayList<>(widths.length);
        for (int c = 0; c < widths.length; c++) {
            String raw = c < row.size() ? row.get(c) : "";
            Color mark = isHeader || raw == null ? null : table.marks().get(c).get(raw);
            String text = flow.fonts().printable(raw);
            float inner = Math.max(1f, widths[c] - 2 * PAD_X - (mark == null ? 0 : MARK_ROOM));
            boolean wrap = isHeader || table.wrap().get(c);
            Cell cell = wrap ? wrapped(text, font, inner) : oneLine(text, font, inner);
            cells.add(mark == null ? cell : new Cell(cell.font(), cell.size(), cell.lines(), mark));
        }
        return cells;
    }

    /** Wrapped at spaces, '/' and '@' only, in type small enough that no name has to break inside. */
    private Cell wrapped(String text, PDFont font, float inner) {
        float size = ReportStyle.TABLE_SIZE;
        float widest = wrapper.widestPiece(text, font, size);
        if (widest > inner) {
            size = Math.max(ReportStyle.TABLE_MIN_SIZE, size * inner / widest * 0.995f);
        }
        return new Cell(font, size, wrapper.wrap(text, font, size, inner), null);
    }

    private Cell oneLine(String text, PDFont font, float inner) {
        String flat = text.replace('\n', ' ').strip();
        float size = ReportStyle.TABLE_SIZE;
        float natural = flow.fonts().width(font, flat, size);
        if (natural <= inner) {
            return new Cell(font, size, List.of(flat), null);
        }
        float shrunk = size * inner / natural * 0.995f;
        if (shrunk >= ReportStyle.TABLE_MIN_SIZE) {
            return new Cell(font, shrunk, List.of(flat), null);
        }
        float min = ReportStyle.TABLE_MIN_SIZE;
        return new Cell(font, min, wrapper.wrap(flat, font, min, inner), null);
    }

    private static int lineCount(List<Cell> cells) {
        int max = 1;
        for (Cell cell : cells) {
            max = Math.max(max, cell.lines().size());
        }
        return max;
    }

    private static float rowHeight(int lines) {
        return lines * ReportStyle.TABLE_LEADING + 2 * PAD_Y;
    }

    private static float height(List<Cell> cells) {
        return rowHeight(lineCount(cells));
    }

    /** A laid out cell; {@code mark} is its colour when the table marks its text, else null. */
    private record Cell(PDFont font, float size, List<String> lines, Color mark) {
    }
}
