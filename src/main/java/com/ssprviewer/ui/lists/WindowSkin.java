package com.ssprviewer.ui.lists;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The table's usual skin, whose scrolling area says when it has been laid out and can give up its own vertical
 * scroll bar to the {@link TableWindow}'s bar, which spans the whole list rather than the window, and whose header
 * row says when it has been laid out.
 *
 * @param <R> the row type
 */
final class WindowSkin<R> extends TableViewSkin<R> {
    private Runnable headerLaidOut = () -> { };

    WindowSkin(TableView<R> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<R>> createVirtualFlow() {
        return new Flow<>();
    }

    /** Runs {@code action} after each layout of the header row (it lays out again when the columns scroll). */
    void onHeaderLayout(Runnable action) {
        headerLaidOut = action;
    }

    @Override
    protected TableHeaderRow createTableHeaderRow() {
        return new TableHeaderRow(this) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                headerLaidOut.run();
            }
        };
    }

    Flow<TableRow<R>> flow() {
        return (Flow<TableRow<R>>) getVirtualFlow();
    }

    /** The scrolling area: tells after each layout, and can hide its length bar. */
    static final class Flow<C extends IndexedCell<?>> extends VirtualFlow<C> {
        private Runnable laidOut = () -> { };

        void onLayout(Runnable action) {
            laidOut = action;
        }

        /** The sideways scroll bar: its value is how far the columns are scrolled, in pixels. */
        ScrollBar sidewaysBar() {
            return getHbar();
        }

        /** The own vertical bar (the {@link TableWindow}'s bar stands in for it in a long list). */
        ScrollBar lengthBar() {
            return getVbar();
        }

        /** Hides the own vertical bar (zero width, so the rows take its place) or shows it again. */
        void hideLengthBar(boolean hide) {
            ScrollBar bar = getVbar();
            double size = hide ? 0 : USE_COMPUTED_SIZE;
            bar.setMinWidth(size);
            bar.setPrefWidth(size);
            bar.setMaxWidth(size);
            bar.setOpacity(hide ? 0 : 1);
            bar.setMouseTransparent(hide);
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            laidOut.run();
        }
    }
}
