package com.ssprviewer.report.document;

import java.util.Objects;

/**
 * A titled chart; it is never split across pages.
 *
 * @param title the chart's heading
 * @param image what to draw: a vector chart (sharp at any zoom) or a high-resolution raster
 */
public record ChartSection(String title, ChartImage image) implements Section {

    public ChartSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(image, "image");
    }
}
