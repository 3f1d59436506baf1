package com.ssprviewer.report.document;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a pie as vector paths (Bezier arcs), starting at twelve o'clock and going clockwise, with a legend that gives
 * each slice's value and share as real text.
 */
final class PiePainter {

    private final PageFlow flow;

    PiePainter(PageFlow flow) {
        this.flow = flow;
    }

    void draw(PieChart pie, float x, float top, float width, float height) throws IOException {
        float radius = Math.min(height, 170f) / 2f - 4f;
        float cx = x + 10f + radius;
        float cy = top - height / 2f;
        double total = pie.slices().stream().mapToDouble(PieChart.Slice::value).sum();
        PDPageContentStream cs = flow.stream();
        if (total <= 0) {
            cs.setStrokingColor(ReportStyle.RULE);
            cs.setLineWidth(1f);
            arcPath(cs, cx, cy, radius, 90, -360, false);
            cs.stroke();
        } else {
            drawSlices(cs, pie, total, cx, cy, radius);
        }
        List<Color> colours = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < pie.slices().size(); i++) {
            PieChart.Slice slice = pie.slices().get(i);
            long percent = total > 0 ? Math.round(100 * slice.value() / total) : 0;
            colours.add(ReportStyle.colourOf(slice.colour(), i));
            texts.add(slice.label() + "   " + ChartRenderer.number(slice.value()) + " (" + percent + "%)");
        }
        float legendTop = cy + texts.size() * ChartRenderer.LEGEND_LEADING / 2f;
        ChartRenderer.drawLegend(flow, cx + radius + 30f, legendTop, colours, texts);
    }

    private void drawSlices(PDPageContentStream cs, PieChart pie, double total, float cx, float cy, float r)
            throws IOException {
        double start = 90;
        for (int i = 0; i < pie.slices().size(); i++) {
            PieChart.Slice slice = pie.slices().get(i);
            double value = slice.value();
            if (value <= 0) {
                continue;
            }
            double sweep = -360 * value / total;
            cs.setNonStrokingColor(ReportStyle.colourOf(slice.colour(), i));
            cs.setStrokingColor(Color.WHITE);
            cs.setLineWidth(1f);
            arcPath(cs, cx, cy, r, start, sweep, value < total);
            cs.fillAndStroke();
            start += sweep;
        }
    }

    /** A circular arc from {@code startDeg} over {@code sweepDeg}, as a wedge from the centre when asked. */
    private static void arcPath(PDPageContentStream cs, float cx, float cy, float r, double startDeg,
                                double sweepDeg, boolean wedge) throws IOException {
        int segments = (int) Math.ceil(Math.abs(sweepDeg) / 90.0);
        double step = Math.toRadians(sweepDeg / segments);
        double a = Math.toRadians(startDeg);
        if (wedge) {
            cs.moveTo(cx, cy);
            cs.lineTo(cx + (float) (r * Math.cos(a)), cy + (float) (r * Math.sin(a)));
        } else {
            cs.moveTo(cx + (float) (r * Math.cos(a)), cy + (float) (r * Math.sin(a)));
        }
        double k = 4.0 / 3.0 * Math.tan(step / 4.0);
        for (int i = 0; i < segments; i++) {
            double b = a + step;
            cs.curveTo(
                    (float) (cx + r * (Math.cos(a) - k * Math.sin(a))),
                    (float) (cy + r * (Math.sin(a) + k * Math.cos(a))),
                    (float) (cx + r * (Math.cos(b) + k * Math.sin(b))),
                    (float) (cy + r * (Math.sin(b) - k * Math.cos(b))),
                    (float) (cx + r * Math.cos(b)), (float) (cy + r * Math.sin(b)));
            a = b;
        }
        cs.closePath();
    }
}
