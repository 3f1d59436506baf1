package com.ssprviewer.store.query;

/**
 * A column a saved view shows, in the view's order.
 *
 * @param id    the column's id (as the list's CSV header names it)
 * @param width its width in the window, or null to let the window size it
 */
public record ViewColumn(String id, Double width) {

    public ViewColumn {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a column needs an id");
        }
        if (width != null && !(width > 0 && width < 100_000)) {
            throw new IllegalArgumentException("a column's width must be positive");
        }
    }
}
