package com.ssprviewer.ui.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a list's columns within its blade: whenever the table's width, its visible columns or a column's natural
 * width change, the columns share the width by {@link ColumnShare} (a cut text ends with an ellipsis and its cell
 * gives the whole value as tooltip), so no sideways scroll bar appears. Once the user widens or narrows a column by
 * hand the widths are theirs: sharing stops and the list scrolls sideways with its first column frozen.
 *
 * @param <R> the row type
 */
final class GridWidths<R> {
    /** A header's padding on both sides and the gap JavaFX keeps beside its text. */
    private static final double HEADER_PADDING = 16;
    /** What a label draws in place of the end of a text too long for it (JavaFX's default). */
    private static final String ELLIPSIS = "...";
    /** The letters a cut header keeps before its ellipsis. */
    static final int HEADER_LETTERS = 4;
    /** Room left free at the right for the column menu button when no vertical scroll bar sits under it. */
    private static final double CORNER = 22;

    private final TableView<R> table;
    private final ScrollBar lengthBar;
    private final Map<TableColumn<R, ?>, Double> natural = new HashMap<>();
    private Function<TableColumn<R, ?>, ColumnRank> rank = column -> ColumnRank.NORMAL;
    private boolean userSized;

    GridWidths(TableView<R> table, ScrollBar lengthBar) {
        this.table = table;
        this.lengthBar = lengthBar;
        table.setColumnResizePolicy(features -> {
            boolean resized = TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
            if (features.getColumn() != null && resized) {
                userSized = true;
            }
            return resized;
        });
        table.widthProperty().addListener(o -> share());
        table.getVisibleLeafColumns().addListener((InvalidationListener) o -> share());
        table.getSortOrder().addListener((InvalidationListener) o -> share());
        lengthBar.visibleProperty().addListener(o -> share());
        lengthBar.widthProperty().addListener(o -> share());
    }

    /** Shares the width again when {@code column}'s header changes (another language needs other minimums). */
    void track(TableColumn<R, ?> column) {
        column.textProperty().addListener(o -> share());
    }

    /** How readily each column gives way; shares the width again. */
    void rank(Function<TableColumn<R, ?>, ColumnRank> ranks) {
        this.rank = ranks;
        share();
    }

    /** Whether the user has sized a column by hand (the widths are then left as they are). */
    boolean userSized() {
        return userSized;
    }

    /**
     * Lets {@code column} want room for its whole header and a cell text {@code textWidth} wide (up to a cap), in
     * place of its default width: the widths of the rows shown, not a guess.
     */
    void fitted(TableColumn<R, ?> column, double textWidth) {
        natural.put(column, ColumnFit.wanted(Math.max(textWidth, ColumnFit.headerWidth(column.getText()))));
        share();
    }

    /**
     * The width a column's header needs to show its first letters and an ellipsis (or its whole text if short),
     * with the sort arrow beside it when {@code sorted}.
     */
    static double headerMinimum(String text, boolean sorted) {
        String header = text == null ? "" : text;
        String cut = header.length() <= HEADER_LETTERS ? header : header.substring(0, HEADER_LETTERS) + ELLIPSIS;
        double arrow = sorted ? 0 : ColumnFit.SORT_ARROW;
        return Math.ceil(Math.min(ColumnFit.headerWidth(header), ColumnFit.headerWidth(cut)) - arrow
                + HEADER_PADDING);
    }

    /** Shares the table's width among the visible columns, unless the user has sized them. */
    void share() {
        if (userSized || table.getWidth() <= 0) {
            return;
        }
        List<TableColumn<R, ?>> visible = new ArrayList<>(table.getVisibleLeafColumns());
        List<ColumnShare.Want> wants = new ArrayList<>();
        for (TableColumn<R, ?> column : visible) {
            boolean sorted = table.getSortOrder().contains(column);
            wants.add(new ColumnShare.Want(naturalWidth(column), headerMinimum(column.getText(), sorted),
                    rank.apply(column)));
        }
        double[] widths = ColumnShare.widths(wants, available());
        for (int i = 0; i < widths.length; i++) {
            visible.get(i).setPrefWidth(widths[i]);
        }
    }

    private double naturalWidth(TableColumn<R, ?> column) {
        return natural.computeIfAbsent(column, TableColumn::getPrefWidth);
    }

    private double available() {
        boolean bar = lengthBar.isVisible() && lengthBar.getWidth() > 0;
        double beside = bar ? lengthBar.getWidth() : (table.isTableMenuButtonVisible() ? CORNER : 0);
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - beside;
    }
}
