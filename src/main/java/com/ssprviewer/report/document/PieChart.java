package com.ssprviewer.report.document;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A pie chart with a legend giving each slice's label, value and share.
 *
 * @param slices the slices in legend order; slices with value 0 appear in the legend only
 */
public record PieChart(List<Slice> slices) implements ChartImage {

    public PieChart {
        slices = List.copyOf(slices);
    }

    /**
     * One slice.
     *
     * @param label  what the slice counts
     * @param value  a non-negative amount
     * @param colour the slice's own colour (an outcome's, the same as in the window), or null for the report's
     *               palette colour of its place
     */
    public record Slice(String label, double value, Color colour) {

        public Slice {
            Objects.requireNonNull(label, "label");
            if (value < 0 || Double.isNaN(value)) {
                throw new IllegalArgumentException("A pie slice needs a non-negative value, got " + value);
            }
        }

        /** A slice in the palette colour of its place. */
        public Slice(String label, double value) {
            this(label, value, null);
        }
    }
}
