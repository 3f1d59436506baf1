package com.ssprviewer.ui.overview;

/**
 * One slice or bar: its label, its exact value, the list it opens, and its colour.
 *
 * @param label the category (an outcome, method, problem or day) in the window's language
 * @param value the count
 * @param drill the filtered list a click opens
 * @param style a pseudo-class of its own (an outcome's colour in overview.css), or empty
 */
public record ChartPoint(String label, long value, Drill drill, String style) {

    public ChartPoint(String label, long value, Drill drill) {
        this(label, value, drill, "");
    }
}
