package com.ssprviewer.ui.lists;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Skin;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableRowSkin;

/**
 * Keeps a list's first column in place while the columns scroll sideways, as Timeline Explorer does: its cells and
 * header are shifted back by the scroll distance and drawn above the others. They stay cells of the same table, so
 * rows, selection, sort and vertical scrolling can never get out of step with the rest of the row.
 *
 * @param <R> the row type
 */
final class FrozenColumn<R> {
    /** Marks a frozen cell or header while the columns are scrolled, so it gets a solid background and an edge. */
    static final PseudoClass FROZEN = PseudoClass.getPseudoClass("frozen");

    private final TableView<R> table;
    private final ScrollBar sideways;

    FrozenColumn(TableView<R> table, WindowSkin<R> skin, ScrollBar sideways) {
        this.table = table;
        this.sideways = sideways;
        skin.onHeaderLayout(this::placeHeaders);
        InvalidationListener moved = o -> place();
        sideways.valueProperty().addListener(moved);
        sideways.visibleProperty().addListener(moved);
        table.getVisibleLeafColumns().addListener(moved);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new FrozenRowSkin(this);
            }
        });
    }

    /** How far the columns are scrolled sideways, as the header row reads it. */
    double offset() {
        return sideways.isVisible() ? sideways.getValue() : 0;
    }

    /** Shifts the first column's cells and header back by the scroll distance; the other columns' not at all. */
    void place() {
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row) {
                placeCells(row);
            }
        }
        placeHeaders();
    }

    /**
     * Shifts the first column's header and gives every header its whole title as tooltip (a narrow column's title
     * ends with an ellipsis). The header row calls this after each of its layouts, as headers come and go.
     */
    void placeHeaders() {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null) {
                shift(header, header.getTableColumn());
                if (!header.getProperties().containsKey(ListTable.HEADER_TIP)) {
                    Tooltip tip = new Tooltip();
                    tip.textProperty().bind(header.getTableColumn().textProperty());
                    Tooltip.install(header, tip);
                    header.getProperties().put(ListTable.HEADER_TIP, tip);
                }
            }
        }
    }

    private void placeCells(TableRow<?> row) {
        for (Node child : row.getChildrenUnmodifiable()) {
            if (child instanceof TableCell<?, ?> cell) {
                shift(cell, cell.getTableColumn());
            }
        }
    }

    /**
     * A row's skin that keeps the first column's cell in the row: with a fixed row height JavaFX takes the cells of
     * columns scrolled out of view out of the row, which would take the frozen cell with them.
     */
    private final class FrozenRowSkin extends TableRowSkin<R> {
        /** Filled from the super constructor, which makes the first cells, so it cannot be initialised here. */
        private Map<TableColumnBase<?, ?>, TableCell<R, ?>> cells;

        FrozenRowSkin(TableRow<R> row) {
            super(row);
        }

        /** JavaFX declares the column raw here. */
        @Override
        @SuppressWarnings("rawtypes")
        protected TableCell<R, ?> createCell(TableColumnBase column) {
            TableCell<R, ?> cell = super.createCell(column);
            if (cells == null) {
                cells = new WeakHashMap<>();
            }
            cells.put(column, cell);
            return cell;
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            super.layoutChildren(x, y, w, h);
            TableRow<R> row = getSkinnable();
            TableColumn<R, ?> first = table.getVisibleLeafColumns().isEmpty() ? null : table.getVisibleLeafColumn(0);
            TableCell<R, ?> cell = first == null || cells == null ? null : cells.get(first);
            if (cell != null && offset() > 0 && !getChildren().contains(cell)) {
                if (cell.getIndex() != row.getIndex()) {
                    cell.updateIndex(row.getIndex());
                }
                getChildren().add(cell);
                cell.resizeRelocate(x, y, first.getWidth(), h);
            }
            placeCells(row);
        }
    }

    private void shift(Node node, TableColumnBase<?, ?> column) {
        boolean first = !table.getVisibleLeafColumns().isEmpty() && table.getVisibleLeafColumn(0) == column;
        double by = first ? offset() : 0;
        if (node.getTranslateX() != by) {
            node.setTranslateX(by);
        }
        node.setViewOrder(by > 0 ? -1 : 0);
        node.pseudoClassStateChanged(FROZEN, by > 0);
    }
}
