package com.ssprviewer.ui.lists;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Shows a long list in a table through a window of at most {@link #SIZE} rows. The table's scrolling area walks
 * its rows from the first to the current one on every layout and scroll (JavaFX 21 keeps a size per row even when
 * all rows are the same height), so with a million rows each scroll step stalled the FX thread for tens of
 * milliseconds; within a window that walk is short. A scroll bar beside the table spans the whole list; the window
 * moves when the view comes near its edge or the bar is dragged outside it. Rows arriving from the store are
 * redrawn where they are on screen instead of being announced to the table, which would rebuild every row.
 * Table indices (selection, focus) count from the window's start: {@link #rowIndex(int)} gives the list's index.
 * When the window moves, the focused row and a selection of up to {@value #KEPT_SELECTION} rows move with it where
 * they are inside the new window.
 *
 * @param <R> the row type
 */
final class TableWindow<R> {
    static final int SIZE = 20_000;
    private static final int KEPT_SELECTION = 1_000;

    private final TableView<R> table;
    private final int size;
    private final int margin;
    private final WindowSkin<R> skin;
    private final WindowSkin.Flow<?> flow;
    private final ScrollBar bar = new ScrollBar();
    private final HBox box;
    private final ListChangeListener<R> arrivals = this::arrived;
    private ObservableList<R> all = FXCollections.emptyObservableList();
    private int base;
    private boolean syncing;
    private boolean movePending;

    TableWindow(TableView<R> table, ObservableValue<ObservableList<R>> rows) {
        this(table, rows, SIZE);
    }

    TableWindow(TableView<R> table, ObservableValue<ObservableList<R>> rows, int size) {
        this.table = table;
        this.size = size;
        this.margin = Math.max(1, size / 8);
        skin = new WindowSkin<>(table);
        table.setSkin(skin);
        flow = skin.flow();
        flow.onLayout(this::laidOut);
        bar.setId("list-scroll");
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMin(0);
        bar.valueProperty().addListener(observable -> barMoved());
        HBox.setHgrow(table, Priority.ALWAYS);
        box = new HBox(table, bar);
        rows.addListener((obs, old, now) -> show(now));
        show(rows.getValue());
    }

    /** The table with the whole-list scroll bar beside it. */
    Node node() {
        return box;
    }

    /** The table's skin. */
    WindowSkin<R> skin() {
        return skin;
    }

    /** The table's scrolling area. */
    WindowSkin.Flow<?> flow() {
        return flow;
    }

    boolean windowed() {
        return all.size() > size;
    }

    /** The list's index of the table's row {@code tableIndex}. */
    int rowIndex(int tableIndex) {
        return base + tableIndex;
    }

    /** Scrolls so that row {@code index} of the list is at the top (or as near as the list's end allows). */
    void scrollTo(int index) {
        if (windowed()) {
            bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), index)));
        } else {
            table.scrollTo(index);
        }
    }

    private void show(ObservableList<R> list) {
        all.removeListener(arrivals);
        all = list == null ? FXCollections.emptyObservableList() : list;
        all.addListener(arrivals);
        boolean windowed = windowed();
        bar.setVisible(windowed);
        bar.setManaged(windowed);
        flow.hideLengthBar(windowed);
        base = 0;
        table.setItems(new RowWindow<>(all, 0, Math.min(all.size(), size)));
        syncing = true;
        bar.setMax(Math.max(0, all.size() - 1));
        bar.setValue(0);
        syncing = false;
    }

    /** Keeps the bar in step with the rows on screen, and moves the window when they come near its edge. */
    private void laidOut() {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (!windowed() || first == null || last == null) {
            return;
        }
        int top = first.getIndex();
        int visible = Math.max(1, last.getIndex() - top);
        syncing = true;
        bar.setMax(Math.max(0, all.size() - visible));
        bar.setVisibleAmount(visible);
        bar.setBlockIncrement(visible);
        bar.setUnitIncrement(1);
        bar.setValue(base + top);
        syncing = false;
        if (!fits(top, visible) && !movePending) {
            movePending = true;
            Platform.runLater(() -> {
                movePending = false;
                moveTo(base + top);
            });
        }
    }

    /** Whether rows {@code top} (of the window) and the screenful below stay clear of edges the list goes past. */
    private boolean fits(int top, int visible) {
        boolean clearOfStart = top >= margin || base == 0;
        boolean clearOfEnd = top + visible <= size - margin || base + size >= all.size();
        return top >= 0 && top < size && clearOfStart && clearOfEnd;
    }

    private void barMoved() {
        if (syncing || !windowed()) {
            return;
        }
        int target = (int) Math.round(bar.getValue());
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        int visible = first == null || last == null ? 1 : Math.max(1, last.getIndex() - first.getIndex());
        if (fits(target - base, visible)) {
            flow.scrollToTop(target - base);
        } else {
            moveTo(target);
        }
    }

    /** Centres the window on list row {@code target} (within the list's bounds) and shows it at the top. */
    private void moveTo(int target) {
        if (!windowed()) {
            return;
        }
        int newBase = Math.max(0, Math.min(all.size() - size, target - size / 2));
        if (newBase != base) {
            int focused = table.getFocusModel().getFocusedIndex();
            List<Integer> selected = table.getSelectionModel().getSelectedIndices().size() <= KEPT_SELECTION
                    ? List.copyOf(table.getSelectionModel().getSelectedIndices()) : List.of();
            int shift = base - newBase;
            base = newBase;
            table.setItems(new RowWindow<>(all, base, size));
            for (int index : selected) {
                if (index + shift >= 0 && index + shift < size) {
                    table.getSelectionModel().select(index + shift);
                }
            }
            if (focused >= 0 && focused + shift >= 0 && focused + shift < size) {
                table.getFocusModel().focus(focused + shift);
            }
        }
        flow.scrollToTop(Math.max(0, Math.min(size - 1, target - base)));
    }

    /** Redraws the rows of an arriving page that are on screen; a selected row gets its item anew. */
    private void arrived(ListChangeListener.Change<? extends R> change) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return;
        }
        while (change.next()) {
            int from = Math.max(change.getFrom() - base, first.getIndex());
            int to = Math.min(change.getTo() - base, last.getIndex() + 1);
            for (int i = from; i < to; i++) {
                IndexedCell<?> cell = flow.getVisibleCell(i);
                if (cell != null) {
                    cell.updateIndex(i);
                }
                var selection = table.getSelectionModel();
                if (selection.getSelectedIndex() == i && selection.getSelectedItem() == null) {
                    selection.select(i);
                }
            }
        }
    }
}
