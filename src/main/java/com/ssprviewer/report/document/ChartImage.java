package com.ssprviewer.report.document;

/**
 * A chart as the report draws it. Pie and stacked-bar charts are drawn as vectors, with their legends as real text,
 * so they stay sharp on paper and searchable in the PDF; any other chart can be given as a raster image.
 */
public sealed interface ChartImage permits PieChart, StackedBarChart, RasterChart {
}
