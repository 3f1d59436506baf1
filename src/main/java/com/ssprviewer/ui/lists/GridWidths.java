package com.ssprviewer.ui.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a list's columns within its blade: whenever the table's width, its visible columns or a column's natural
 * width change, the columns share the width by {@link ColumnShare} (a cut text ends with an ellipsis and its cell
 * gives the whole value as tooltip), so no sideways scroll bar appears. Where sharing alone would leave the key
 * columns cut or the others unreadable, yielding columns are hidden for room ({@link ColumnRoom}) and come back in
 * their place as soon as the table is wide enough; a column the user shows by hand is never hidden for room. Once
 * the user widens or narrows a column by hand the widths are theirs: sharing and hiding stop and the list scrolls
 * sideways with its first column frozen.
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
    private final ObservableList<TableColumn<R, ?>> hiddenForRoom = FXCollections.observableArrayList();
    private final Set<TableColumn<R, ?>> shownByHand = new HashSet<>();
    private Function<TableColumn<R, ?>, ColumnRank> rank = column -> ColumnRank.NORMAL;
    private Function<TableColumn<R, ?>, Integer> yieldOrder = column -> -1;
    private boolean userSized;
    private boolean applying;

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

    /**
     * Shares the width again when {@code column}'s header changes (another language needs other minimums) or the
     * user shows or hides it: a column the user shows is theirs and never hidden for room.
     */
    void track(TableColumn<R, ?> column) {
        column.textProperty().addListener(o -> share());
        // an invalidation listener, added before the table's own, so the choice is known before the table shares
        column.visibleProperty().addListener((InvalidationListener) o -> {
            if (!applying) {
                hiddenForRoom.remove(column);
                if (column.isVisible()) {
                    shownByHand.add(column);
                } else {
                    shownByHand.remove(column);
                }
                share();
            }
        });
    }

    /** How readily each column gives way, and in which order yielding ones are hidden for room (negative: never). */
    void rank(Function<TableColumn<R, ?>, ColumnRank> ranks, Function<TableColumn<R, ?>, Integer> order) {
        this.rank = ranks;
        this.yieldOrder = order;
        share();
    }

    /** Marks {@code column} as shown by the user's own choice (remembered from an earlier session). */
    void shownByHand(TableColumn<R, ?> column) {
        shownByHand.add(column);
    }

    /**
     * The user's choice to hide {@code column}, also while it is hidden for room (its visibility does not change
     * then, so the listener above never hears of it), so that it stays hidden when the list widens again.
     */
    void hiddenByChoice(TableColumn<R, ?> column) {
        shownByHand.remove(column);
        if (hiddenForRoom.remove(column)) {
            share();
        }
    }

    /** Whether the user chose to show {@code column}, so that it is never hidden for room. */
    boolean isShownByHand(TableColumn<R, ?> column) {
        return shownByHand.contains(column);
    }

    /** The columns hidden for room at the moment, in table order; the user's choice still shows them. */
    ObservableList<TableColumn<R, ?>> hiddenForRoom() {
        return FXCollections.unmodifiableObservableList(hiddenForRoom);
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

    /**
     * Hides for room what must make way and shares the table's width among the columns left, unless the user has
     * sized them.
     */
    void share() {
        if (applying || userSized || table.getWidth() <= 0) {
            return;
        }
        List<TableColumn<R, ?>> chosen = new ArrayList<>();
        List<ColumnRoom.Column> room = new ArrayList<>();
        for (TableColumn<R, ?> column : table.getColumns()) {
            if (column.isVisible() || hiddenForRoom.contains(column)) {
                chosen.add(column);
                room.add(new ColumnRoom.Column(want(column), yieldOrder.apply(column), shownByHand.contains(column)));
            }
        }
        Set<TableColumn<R, ?>> hide = new HashSet<>();
        ColumnRoom.hidden(room, available()).forEach(i -> hide.add(chosen.get(i)));
        List<TableColumn<R, ?>> shown = new ArrayList<>(chosen);
        shown.removeAll(hide);
        applyHidden(chosen, hide);
        List<ColumnShare.Want> wants = new ArrayList<>();
        shown.forEach(column -> wants.add(want(column)));
        double[] widths = ColumnShare.widths(wants, available());
        for (int i = 0; i < widths.length; i++) {
            shown.get(i).setPrefWidth(widths[i]);
        }
    }

    private ColumnShare.Want want(TableColumn<R, ?> column) {
        boolean sorted = table.getSortOrder().contains(column);
        return new ColumnShare.Want(naturalWidth(column), headerMinimum(column.getText(), sorted), rank.apply(column));
    }

    /** Hides {@code hide} and shows the other {@code chosen} columns, without taking either as the user's choice. */
    private void applyHidden(List<TableColumn<R, ?>> chosen, Set<TableColumn<R, ?>> hide) {
        List<TableColumn<R, ?>> now = new ArrayList<>();
        chosen.stream().filter(hide::contains).forEach(now::add);
        if (now.equals(hiddenForRoom)) {
            return;
        }
        applying = true;
        try {
            hiddenForRoom.setAll(now);
            for (TableColumn<R, ?> column : chosen) {
                column.setVisible(!hide.contains(column));
            }
        } finally {
            applying = false;
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
