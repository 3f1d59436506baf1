package com.ssprviewer.report.document;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws a {@link ChartSection}: its title, then the chart, kept together on one page. Vector charts are drawn by
 * {@link PiePainter} and {@link BarPainter}; raster charts are embedded losslessly at their given resolution.
 */
final class ChartRenderer {

    static final float LEGEND_SIZE = 8f;
    static final float LEGEND_LEADING = 13f;
    private static final float VECTOR_HEIGHT = 170f;
    private static final float TITLE_GAP = 8f;

    private final PageFlow flow;

    ChartRenderer(PageFlow flow) {
        this.flow = flow;
    }

    void render(ChartSection section) throws IOException {
        float titleHeight = ReportStyle.SECTION_TITLE_SIZE + TITLE_GAP;
        float[] size = chartSize(section.image());
        flow.ensureRoom(titleHeight + size[1]);
        ReportFonts fonts = flow.fonts();
        float size11 = ReportStyle.SECTION_TITLE_SIZE;
        flow.text(fonts.bold(), size11, ReportStyle.TEXT, flow.left(), flow.y() - size11,
                fonts.printable(section.title()).replace('\n', ' '));
        flow.advance(titleHeight);
        float top = flow.y();
        ChartImage image = section.image();
        if (image instanceof PieChart pie) {
            new PiePainter(flow).draw(pie, flow.left(), top, size[0], size[1]);
        } else if (image instanceof StackedBarChart bars) {
            new BarPainter(flow).draw(bars, flow.left(), top, size[0], size[1]);
        } else if (image instanceof RasterChart raster) {
            PDImageXObject xObject = LosslessFactory.createFromImage(flow.document(), raster.image());
            flow.stream().drawImage(xObject, flow.left(), top - size[1], size[0], size[1]);
        }
        flow.advance(size[1]);
    }

    private float[] chartSize(ChartImage image) {
        if (image instanceof RasterChart raster) {
            float w = Math.min(flow.width(), raster.image().getWidth() / raster.pixelsPerPoint());
            float h = w * raster.image().getHeight() / raster.image().getWidth();
            float maxH = flow.fullPageHeight() * 0.8f;
            if (h > maxH) {
                w = w * maxH / h;
                h = maxH;
            }
            return new float[] {w, h};
        }
        int entries = image instanceof PieChart pie ? pie.slices().size() : ((StackedBarChart) image).series().size();
        float legend = entries * LEGEND_LEADING + 10f;
        return new float[] {flow.width(), Math.min(Math.max(VECTOR_HEIGHT, legend), flow.fullPageHeight() * 0.8f)};
    }

    /** Draws a legend of colour swatches and texts from {@code top} down. */
    static void drawLegend(PageFlow flow, float x, float top, List<Color> colours, List<String> texts)
            throws IOException {
        ReportFonts fonts = flow.fonts();
        float y = top;
        for (int i = 0; i < texts.size(); i++) {
            float baseline = y - ReportStyle.baselineOffset(LEGEND_SIZE, LEGEND_LEADING);
            flow.fill(colours.get(i), x, baseline - 0.5f, 8f, 8f);
            flow.text(fonts.regular(), LEGEND_SIZE, ReportStyle.TEXT, x + 13f, baseline,
                    fonts.printable(texts.get(i)).replace('\n', ' '));
            y -= LEGEND_LEADING;
        }
    }

    /** A chart value as people write it: whole numbers without decimals, others with one. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
