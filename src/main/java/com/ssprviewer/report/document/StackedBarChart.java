package com.ssprviewer.report.document;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * Vertical bars, one per category (e.g. a day), each stacked from the series (e.g. outcomes), with a legend.
 *
 * @param categories the labels under the bars, left to right
 * @param series     the stacked parts; each has one value per category
 */
public record StackedBarChart(List<String> categories, List<Series> series) implements ChartImage {

    public StackedBarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /**
     * One stacked part of every bar.
     *
     * @param name   the legend label
     * @param values one non-negative value per category
     * @param colour the series' own colour (an outcome's, the same as in the window), or null for the report's
     *               palette colour of its place
     */
    public record Series(String name, List<Double> values, Color colour) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }

        /** A series in the palette colour of its place. */
        public Series(String name, List<Double> values) {
            this(name, values, null);
        }
    }
}
