package com.ssprviewer.report.document;

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
     * @param label what the slice counts
     * @param value a non-negative amount
     */
    public record Slice(String label, double value) {

        public Slice {
            Objects.requireNonNull(label, "label");
            if (value < 0 || Double.isNaN(value)) {
                throw new IllegalArgumentException("A pie slice needs a non-negative value, got " + value);
            }
        }
    }
}
