package com.ssprviewer.report.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws headline tiles in rows, as many per row as fit at a readable width; a row of tiles never splits over pages.
 */
final class TilesRenderer {

    private static final float MIN_TILE_WIDTH = 120f;
    private static final float GAP = 8f;
    private static final float PAD = 7f;
    private static final float ACCENT_HEIGHT = 2.5f;
    private static final float LABEL_SIZE = 8f;
    private static final float LABEL_LEADING = 10f;
    private static final float VALUE_SIZE = 20f;
    private static final float VALUE_LEADING = 26f;
    private static final float CONTEXT_SIZE = 7.5f;
    private static final float CONTEXT_LEADING = 9.5f;

    private final PageFlow flow;
    private final TextWrapper wrapper;

    TilesRenderer(PageFlow flow) {
        this.flow = flow;
        this.wrapper = new TextWrapper(flow.fonts());
    }

    void render(TilesSection section) throws IOException {
        List<Tile> tiles = section.tiles();
        if (tiles.isEmpty()) {
            return;
        }
        int fit = (int) Math.max(1, Math.min(tiles.size(), Math.floor((flow.width() + GAP) / (MIN_TILE_WIDTH + GAP))));
        int rows = (tiles.size() + fit - 1) / fit;
        int perRow = (tiles.size() + rows - 1) / rows;
        float tileWidth = (flow.width() - GAP * (perRow - 1)) / perRow;
        for (int start = 0; start < tiles.size(); start += perRow) {
            List<Tile> row = tiles.subList(start, Math.min(tiles.size(), start + perRow));
            drawRow(row, tileWidth);
            if (start + perRow < tiles.size()) {
                flow.advance(GAP);
            }
        }
    }

    private void drawRow(List<Tile> row, float tileWidth) throws IOException {
        float inner = tileWidth - 2 * PAD;
        List<Laid> laid = new ArrayList<>();
        float height = 0;
        for (Tile tile : row) {
            Laid l = lay(tile, inner);
            laid.add(l);
            height = Math.max(height, l.height());
        }
        flow.ensureRoom(height);
        float top = flow.y();
        for (int i = 0; i < laid.size(); i++) {
            drawTile(laid.get(i), flow.left() + i * (tileWidth + GAP), top, tileWidth, height);
        }
        flow.advance(height);
    }

    private Laid lay(Tile tile, float inner) {
        ReportFonts fonts = flow.fonts();
        List<String> label = wrapper.wrap(fonts.printable(tile.label()), fonts.regular(), LABEL_SIZE, inner);
        List<String> value = wrapper.wrap(fonts.printable(tile.value()), fonts.bold(), VALUE_SIZE, inner);
        String contextText = fonts.printable(tile.context());
        List<String> context = contextText.isBlank() ? List.of()
                : wrapper.wrap(contextText, fonts.regular(), CONTEXT_SIZE, inner);
        float height = ACCENT_HEIGHT + 2 * PAD + label.size() * LABEL_LEADING + value.size() * VALUE_LEADING
                + context.size() * CONTEXT_LEADING;
        return new Laid(label, value, context, height);
    }

    private void drawTile(Laid tile, float x, float top, float width, float height) throws IOException {
        ReportFonts fonts = flow.fonts();
        flow.fill(ReportStyle.TILE_FILL, x, top - height, width, height);
        flow.fill(ReportStyle.ACCENT, x, top - ACCENT_HEIGHT, width, ACCENT_HEIGHT);
        var cs = flow.stream();
        cs.setStrokingColor(ReportStyle.RULE);
        cs.setLineWidth(0.5f);
        cs.addRect(x, top - height, width, height);
        cs.stroke();
        float y = top - ACCENT_HEIGHT - PAD;
        for (String line : tile.label()) {
            flow.text(fonts.regular(), LABEL_SIZE, ReportStyle.MUTED, x + PAD,
                    y - ReportStyle.baselineOffset(LABEL_SIZE, LABEL_LEADING), line);
            y -= LABEL_LEADING;
        }
        for (String line : tile.value()) {
            flow.text(fonts.bold(), VALUE_SIZE, ReportStyle.TEXT, x + PAD,
                    y - ReportStyle.baselineOffset(VALUE_SIZE, VALUE_LEADING), line);
            y -= VALUE_LEADING;
        }
        for (String line : tile.context()) {
            flow.text(fonts.regular(), CONTEXT_SIZE, ReportStyle.MUTED, x + PAD,
                    y - ReportStyle.baselineOffset(CONTEXT_SIZE, CONTEXT_LEADING), line);
            y -= CONTEXT_LEADING;
        }
    }

    private record Laid(List<String> label, List<String> value, List<String> context, float height) {
    }
}
