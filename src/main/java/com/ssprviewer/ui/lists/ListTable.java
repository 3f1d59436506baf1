package com.ssprviewer.ui.lists;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Shortcut;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * A table over a {@link PagedListModel}, built from the shared column descriptions: a header click sorts in the
 * store (columns the store cannot sort by are not sortable), the column menu chooses columns (remembered in the
 * blade's preferences), Ctrl+C copies the selected rows tab-separated, date headers say UTC or local. The columns
 * share the blade's width until the user sizes one ({@link GridWidths}); the first stays in place while the others
 * scroll sideways ({@link FrozenColumn}).
 *
 * @param <R> the row type
 */
public final class ListTable<R> {
    /** The key of a column header's property holding its tooltip, the column's whole title. */
    public static final String HEADER_TIP = "list-header-tip";
    private static final String HIDDEN = "hiddenColumns";
    private static final String SHOWN_BY_HAND = "columnsShownByHand";

    private final PagedListModel<R> model;
    private final List<ListColumn<R>> columns;
    private final ObservableValue<TimeMode> timeMode;
    private final TableView<R> table = new TableView<>();
    private final List<TableColumn<R, Object>> tableColumns = new ArrayList<>();
    private final InvalidationListener timeListener = observable -> table.refresh();
    private final TableWindow<R> window;
    private final GridWidths<R> widths;

    public ListTable(PagedListModel<R> model, List<ListColumn<R>> columns, ObservableValue<TimeMode> timeMode,
                     Preferences memory, Set<String> hiddenByDefault) {
        this.model = model;
        this.columns = List.copyOf(columns);
        this.timeMode = timeMode;
        table.setId("list-table");
        table.setFixedCellSize(30);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        window = new TableWindow<>(table, model.rowsProperty());
        widths = new GridWidths<>(table, window.flow().lengthBar());
        new FrozenColumn<>(table, window.skin(), window.flow().sidewaysBar());
        Set<String> hidden = hiddenColumns(memory, hiddenByDefault);
        Set<String> byHand = ids(memory == null ? "" : memory.get(SHOWN_BY_HAND, ""));
        for (ListColumn<R> column : this.columns) {
            TableColumn<R, Object> tc = tableColumn(column);
            tc.setVisible(!hidden.contains(column.id()));
            if (byHand.contains(column.id())) {
                widths.shownByHand(tc);
            }
            widths.track(tc);
            tc.visibleProperty().addListener((obs, old, visible) -> remember(memory));
            tableColumns.add(tc);
            table.getColumns().add(tc);
        }
        table.setSortPolicy(t -> {
            applySort();
            return true;
        });
        showSort(model.sort());
        new ColumnFit<>(model, this, this.columns, tableColumns, widths);
        timeMode.addListener(timeListener);
        table.setOnKeyPressed(event -> {
            if (Shortcut.COPY_ROWS.matches(event)) {
                copySelection();
                event.consume();
            }
        });
    }

    /** What the table shows without rows ({@link EmptyList}: whether filters or an empty store hide them). */
    public void placeholder(Node placeholder) {
        table.setPlaceholder(placeholder);
    }

    /**
     * How readily each column (by id) gives up width when the columns do not fit the blade (columns not named are
     * ordinary), and the yielding ones in the order they are hidden for room, least important first.
     */
    public void rank(Map<String, ColumnRank> ranks, List<String> yieldOrder) {
        widths.rank(tc -> ranks.getOrDefault(id(tc), ColumnRank.NORMAL), tc -> yieldOrder.indexOf(id(tc)));
    }

    /** The columns the user chose that are hidden for room at the moment, in table order. */
    public List<ListColumn<R>> hiddenForRoom() {
        List<ListColumn<R>> out = new ArrayList<>();
        widths.hiddenForRoom().forEach(tc -> out.add(columns.get(tableColumns.indexOf(tc))));
        return out;
    }

    /** The table columns hidden for room, following changes, for the toolbar to tell. */
    ObservableList<TableColumn<R, ?>> hiddenForRoomColumns() {
        return widths.hiddenForRoom();
    }

    /**
     * Shows an empty value of column {@code id} as a muted dash with the tooltip {@code tipKey} (a bundle key), where
     * an empty cell would read as a value missing by mistake.
     */
    public void showEmptyAs(String id, String tipKey) {
        column(id).setCellFactory(c -> new ValueCell<>(timeMode, tipKey));
    }

    public TableView<R> view() {
        return table;
    }

    /** The table with, for a long list, the scroll bar that spans all of it (the table holds a window of it). */
    public Node node() {
        return window.node();
    }

    /** Scrolls so that row {@code index} of the whole list is in view, as dragging the scroll bar there would. */
    public void scrollTo(int index) {
        window.scrollTo(index);
    }

    /** The whole list's index of the table's row {@code tableIndex} (table rows count from the window's start). */
    public int rowIndex(int tableIndex) {
        return window.rowIndex(tableIndex);
    }

    /** Stops following the time mode; the blade calls this when it closes. */
    public void dispose() {
        timeMode.removeListener(timeListener);
    }

    /** The table column showing the described column {@code id}. */
    public TableColumn<R, Object> column(String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return tableColumns.get(i);
            }
        }
        throw new IllegalArgumentException("No column " + id);
    }

    /**
     * The described columns the user chose, in display order: those visible and those hidden for room, since the
     * window's width does not decide what a copy or an export holds.
     */
    public List<ListColumn<R>> visibleColumns() {
        List<ListColumn<R>> out = new ArrayList<>();
        for (TableColumn<R, ?> tc : table.getColumns()) {
            int index = tableColumns.indexOf(tc);
            if (index >= 0 && (tc.isVisible() || widths.hiddenForRoom().contains(tc))) {
                out.add(columns.get(index));
            }
        }
        return out;
    }

    /**
     * Shows the columns {@code ids} in that order (a saved view's), the others hidden after them; ids the list does
     * not have (a view from another version) are passed over. No ids leaves the columns as they are.
     */
    public void showColumns(List<String> ids) {
        List<TableColumn<R, Object>> order = new ArrayList<>();
        for (String id : ids) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).id().equals(id) && !order.contains(tableColumns.get(i))) {
                    order.add(tableColumns.get(i));
                }
            }
        }
        if (order.isEmpty()) {
            return;
        }
        for (TableColumn<R, Object> tc : tableColumns) {
            if (order.contains(tc)) {
                tc.setVisible(true);
            } else {
                hide(tc);
                order.add(tc);
            }
        }
        table.getColumns().setAll(order);
    }

    /** Hides the column {@code id} by the user's choice: it stays hidden when the list widens again. */
    public void hide(String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                hide(tableColumns.get(i));
            }
        }
    }

    private void hide(TableColumn<R, Object> column) {
        column.setVisible(false);
        widths.hiddenByChoice(column);
    }

    /** The text of a cell as the table shows it. */
    public String cellText(ListColumn<R> column, R row) {
        return ValueCell.text(column.value().apply(row), timeMode.getValue());
    }

    /** Copies the selected rows that are loaded, with a header line, as tab-separated text. */
    public String copySelection() {
        List<ListColumn<R>> visible = visibleColumns();
        List<String> header = new ArrayList<>();
        visible.forEach(c -> header.add(headerText(c)));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        indices.sort(null);
        for (int index : indices) {
            R row = model.loadedRow(window.rowIndex(index));
            if (row != null) {
                List<String> cells = new ArrayList<>();
                visible.forEach(c -> cells.add(cellText(c, row)));
                rows.add(cells);
            }
        }
        String text = RowsText.tabSeparated(header, rows);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return text;
    }

    /** The header text of a column in the current language and time mode. */
    public String headerText(ListColumn<R> column) {
        return column.time() ? TimeFormat.of(timeMode.getValue()).columnLabel() : I18n.get(column.headerKey());
    }

    private TableColumn<R, Object> tableColumn(ListColumn<R> column) {
        TableColumn<R, Object> tc = new TableColumn<>();
        tc.setId("col-" + column.id());
        tc.textProperty().bind(column.time() ? TimeFormat.columnLabel(timeMode) : I18n.text(column.headerKey()));
        tc.setSortable(column.sortable() && model.source().kind().sortFields().contains(column.sort()));
        tc.setPrefWidth(column.screenWidth());
        tc.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(
                features.getValue() == null ? null : column.value().apply(features.getValue())));
        tc.setCellFactory(c -> new ValueCell<>(timeMode));
        return tc;
    }

    private void applySort() {
        if (table.getSortOrder().isEmpty()) {
            showSort(model.sort());
            return;
        }
        TableColumn<R, ?> first = table.getSortOrder().get(0);
        ListColumn<R> column = columns.get(tableColumns.indexOf(first));
        model.setSort(new Sort(column.sort(), first.getSortType() == TableColumn.SortType.DESCENDING));
    }

    private void showSort(Sort sort) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).sortable() && columns.get(i).sort().equals(sort.field())) {
                TableColumn<R, Object> tc = tableColumns.get(i);
                tc.setSortType(sort.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != tc) {
                    table.getSortOrder().setAll(List.of(tc));
                }
                return;
            }
        }
    }

    private Set<String> hiddenColumns(Preferences memory, Set<String> fallback) {
        String stored = memory == null ? null : memory.get(HIDDEN, null);
        return stored == null ? fallback : ids(stored);
    }

    private static Set<String> ids(String stored) {
        return stored.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(stored.split(",")));
    }

    private String id(TableColumn<R, ?> tc) {
        return columns.get(tableColumns.indexOf(tc)).id();
    }

    private void remember(Preferences memory) {
        if (memory == null) {
            return;
        }
        List<String> hidden = new ArrayList<>();
        List<String> byHand = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<R, Object> tc = tableColumns.get(i);
            if (!tc.isVisible() && !widths.hiddenForRoom().contains(tc)) {
                hidden.add(columns.get(i).id());
            }
            if (widths.isShownByHand(tc)) {
                byHand.add(columns.get(i).id());
            }
        }
        memory.put(HIDDEN, String.join(",", hidden));
        memory.put(SHOWN_BY_HAND, String.join(",", byHand));
    }
}
