package com.ssprviewer.ui.overview;

/**
 * One slice or bar: its label, its exact value, and the list it opens.
 *
 * @param label the category (an outcome, method, problem or day)
 * @param value the count
 * @param drill the filtered list a click opens
 */
public record ChartPoint(String label, long value, Drill drill) {
}
