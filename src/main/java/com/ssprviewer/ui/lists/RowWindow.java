package com.ssprviewer.ui.lists;

import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * A fixed stretch of a longer list, as the table's items: row {@code i} of the window is row {@code base + i} of
 * the list. A window never changes; the table gets a new one when it moves. It announces no changes: rows arriving
 * in the list beneath are redrawn by {@link TableWindow} where they are on screen.
 *
 * @param <R> the row type
 */
final class RowWindow<R> extends ObservableListBase<R> {
    private final List<R> rows;
    private final int base;
    private final int size;

    RowWindow(List<R> rows, int base, int size) {
        this.rows = rows;
        this.base = base;
        this.size = size;
    }

    int base() {
        return base;
    }

    @Override
    public R get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return rows.get(base + index);
    }

    @Override
    public int size() {
        return size;
    }
}
