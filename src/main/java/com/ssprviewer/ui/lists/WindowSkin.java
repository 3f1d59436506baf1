package com.ssprviewer.ui.lists;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The table's usual skin, whose scrolling area says when it has been laid out and can give up its own vertical
 * scroll bar to the {@link TableWindow}'s bar, which spans the whole list rather than the window.
 *
 * @param <R> the row type
 */
final class WindowSkin<R> extends TableViewSkin<R> {

    WindowSkin(TableView<R> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<R>> createVirtualFlow() {
        return new Flow<>();
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
