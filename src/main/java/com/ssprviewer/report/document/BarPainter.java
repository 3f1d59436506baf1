package com.ssprviewer.report.document;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a stacked bar chart as vectors: a value axis with round steps and light grid lines, one bar per category
 * with its series stacked bottom-up, category labels thinned out so they never overlap, and a legend with totals.
 */
final class BarPainter {

    private static final float AXIS_WIDTH = 30f;
    private static final float LEGEND_WIDTH = 150f;
    private static final float LABEL_SIZE = 6.5f;
    private static final float LABEL_BAND = 14f;

    private final PageFlow flow;

    BarPainter(PageFlow flow) {
        this.flow = flow;
    }

    void draw(StackedBarChart chart, float x, float top, float width, float height) throws IOException {
        float x0 = x + AXIS_WIDTH;
        float x1 = x + width - LEGEND_WIDTH - 10f;
        float yTop = top - 6f;
        float yBottom = top - height + LABEL_BAND;
        double max = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            max = Math.max(max, total(chart, c));
        }
        double step = niceStep(max / 4);
        double axisMax = Math.max(step, step * Math.ceil(max / step));
        drawAxis(x0, x1, yBottom, yTop, step, axisMax);
        int n = chart.categories().size();
        float band = n == 0 ? 0 : (x1 - x0) / n;
        float barWidth = Math.min(band * 0.7f, 40f);
        for (int c = 0; c < n; c++) {
            float bx = x0 + c * band + (band - barWidth) / 2f;
            float acc = yBottom;
            for (int s = 0; s < chart.series().size(); s++) {
                StackedBarChart.Series series = chart.series().get(s);
                double v = Math.max(0, series.values().get(c));
                float h = (float) (v / axisMax * (yTop - yBottom));
                if (h > 0) {
                    flow.fill(ReportStyle.colourOf(series.colour(), s), bx, acc, barWidth, h);
                }
                acc += h;
            }
        }
        drawCategoryLabels(chart.categories(), x0, band, yBottom);
        flow.rule(ReportStyle.MUTED, 0.6f, x0, yBottom, x1);
        drawLegend(chart, x1 + 10f, top - 4f);
    }

    private void drawAxis(float x0, float x1, float yBottom, float yTop, double step, double axisMax)
            throws IOException {
        ReportFonts fonts = flow.fonts();
        for (double v = 0; v <= axisMax + step / 2; v += step) {
            float y = yBottom + (float) (v / axisMax) * (yTop - yBottom);
            flow.rule(ReportStyle.RULE, 0.4f, x0, y, x1);
            String label = ChartRenderer.number(v);
            float w = fonts.width(fonts.regular(), label, LABEL_SIZE);
            flow.text(fonts.regular(), LABEL_SIZE, ReportStyle.MUTED, x0 - 4f - w, y - LABEL_SIZE * 0.35f, label);
        }
    }

    private void drawCategoryLabels(List<String> categories, float x0, float band, float yBottom) throws IOException {
        ReportFonts fonts = flow.fonts();
        float widest = 0;
        List<String> labels = new ArrayList<>();
        for (String category : categories) {
            String label = fonts.printable(category).replace('\n', ' ');
            labels.add(label);
            widest = Math.max(widest, fonts.width(fonts.regular(), label, LABEL_SIZE));
        }
        int every = band <= 0 ? 1 : Math.max(1, (int) Math.ceil((widest + 4f) / band));
        for (int c = 0; c < labels.size(); c += every) {
            float w = fonts.width(fonts.regular(), labels.get(c), LABEL_SIZE);
            float center = x0 + c * band + band / 2f;
            flow.text(fonts.regular(), LABEL_SIZE, ReportStyle.MUTED, center - w / 2f, yBottom - 9f, labels.get(c));
        }
    }

    private void drawLegend(StackedBarChart chart, float x, float top) throws IOException {
        List<Color> colours = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < chart.series().size(); s++) {
            StackedBarChart.Series series = chart.series().get(s);
            double sum = series.values().stream().mapToDouble(v -> Math.max(0, v)).sum();
            colours.add(ReportStyle.colourOf(series.colour(), s));
            texts.add(series.name() + "   " + ChartRenderer.number(sum));
        }
        ChartRenderer.drawLegend(flow, x, top, colours, texts);
    }

    private static double total(StackedBarChart chart, int category) {
        double sum = 0;
        for (StackedBarChart.Series s : chart.series()) {
            sum += Math.max(0, s.values().get(category));
        }
        return sum;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}; at least 1 so counts get whole-number steps. */
    static double niceStep(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
