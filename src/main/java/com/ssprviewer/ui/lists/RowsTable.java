package com.ssprviewer.ui.lists;

import com.ssprviewer.report.CsvWriter;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Shortcut;
import com.ssprviewer.ui.common.Tasks;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A small list already in memory as a plain table with a filter field and an export button: it sorts by any column,
 * Ctrl+C copies the selected rows and the export writes the rows as shown (filter and sort) as CSV. The blades behind
 * a number (a coverage figure's users, the users whose events and snapshots disagree) show their rows with it.
 */
public final class RowsTable<T> {
    /** The rows whose texts set the columns' widths. */
    private static final int FITTED_ROWS = 200;

    private final ListContext context;
    private final List<RowColumn<T>> columns;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final TableView<T> table;
    private final VBox view;

    /**
     * @param id      the nodes' ids start with it: {@code id-table}, {@code id-filter}, {@code id-export}
     * @param matches whether a row matches the filter's text, lower case
     * @param csvName the export's suggested file name, without ".csv"
     */
    public RowsTable(ListContext context, String id, List<RowColumn<T>> columns, BiPredicate<T, String> matches,
                     String filterPrompt, String csvName) {
        this.context = context;
        this.columns = List.copyOf(columns);
        TextField filter = new TextField();
        filter.setId(id + "-filter");
        filter.setPromptText(filterPrompt);
        Button export = new Button(I18n.get("list.export"));
        export.setId(id + "-export");
        HBox bar = new HBox(8, filter, export);
        HBox.setHgrow(filter, Priority.ALWAYS);
        table = table(id, filter, matches);
        view = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        view.setPadding(new Insets(8));
        export.setOnAction(e -> context.csvTarget().choose(view.getScene() == null ? null
                : view.getScene().getWindow(), csvName + ".csv").ifPresent(this::exportCsv));
    }

    public VBox view() {
        return view;
    }

    public TableView<T> table() {
        return table;
    }

    /** Shows {@code shown} (all rows, before the filter). */
    public void setRows(List<T> shown) {
        rows.setAll(shown);
        fitColumns(shown);
    }

    /** Widens each column to its header and the widest text of the first rows, so names read whole. */
    private void fitColumns(List<T> shown) {
        List<T> first = shown.subList(0, Math.min(FITTED_ROWS, shown.size()));
        for (int i = 0; i < columns.size(); i++) {
            RowColumn<T> c = columns.get(i);
            double widest = ColumnFit.headerWidth(table.getColumns().get(i).getText());
            for (T row : first) {
                widest = Math.max(widest, ColumnFit.width(c.text().apply(row)));
            }
            ColumnFit.widen(table.getColumns().get(i), widest);
        }
    }

    /** Shows {@code text} while there are no rows, e.g. while they load. */
    public void setPlaceholder(String text) {
        table.setPlaceholder(new Label(text));
    }

    private TableView<T> table(String id, TextField filter, BiPredicate<T, String> matches) {
        FilteredList<T> filtered = new FilteredList<>(rows);
        filter.textProperty().addListener((o, was, now) -> {
            String text = now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(text.isEmpty() ? null : row -> matches.test(row, text));
        });
        SortedList<T> sorted = new SortedList<>(filtered);
        TableView<T> t = new TableView<>(sorted);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setId(id + "-table");
        t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (RowColumn<T> c : columns) {
            TableColumn<T, String> column = new TableColumn<>(c.header().get());
            column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(c.text().apply(f.getValue())));
            column.setPrefWidth(c.width());
            t.getColumns().add(column);
        }
        t.setOnKeyPressed(e -> {
            if (Shortcut.COPY_ROWS.matches(e)) {
                copySelection();
                e.consume();
            }
        });
        return t;
    }

    /** Copies the selected rows, in the order shown, with a header line, as tab-separated text. */
    public String copySelection() {
        List<T> selected = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getSelectionModel().isSelected(i)) {
                selected.add(table.getItems().get(i));
            }
        }
        String text = RowsText.tabSeparated(header(), cells(selected));
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return text;
    }

    /** Writes the rows as shown (filter and sort) to {@code file} in a task shown in the status bar. */
    public void exportCsv(Path file) {
        List<String> header = header();
        List<List<String>> shown = cells(List.copyOf(table.getItems()));
        String name = String.valueOf(file.getFileName());
        Tasks.create(() -> write(file, header, shown))
                .showingIn(context.status(), I18n.format("list.export.running", name))
                .onSuccess(n -> context.status().showMessage(I18n.format("list.export.done", n, name)))
                .onError(e -> context.status().showMessage(I18n.format("list.export.failed", name,
                        String.valueOf(e.getMessage()))))
                .runOnce(context.access().executor());
    }

    private static long write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        boolean done = false;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CsvWriter csv = new CsvWriter(out);
            csv.row(header);
            for (List<String> row : rows) {
                csv.row(row);
            }
            csv.flush();
            done = true;
            return rows.size();
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    private List<String> header() {
        return columns.stream().map(c -> c.header().get()).toList();
    }

    private List<List<String>> cells(List<T> shown) {
        List<List<String>> out = new ArrayList<>();
        for (T row : shown) {
            out.add(columns.stream().map(c -> c.text().apply(row)).toList());
        }
        return out;
    }
}
