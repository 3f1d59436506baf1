package com.ssprviewer.ui.coverage;

import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.report.CsvWriter;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Exportable;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.lists.RowsText;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The users behind one coverage number: user, display name and every state flag. One snapshot's users are already in
 * memory, so a plain table sorts and filters them; Ctrl+C copies the selected rows and File > Export CSV (or the
 * button) writes the rows as shown.
 */
public final class CoverageUsersBlade implements Blade, Exportable {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ListContext context;
    private final String title;
    private final LocalDate snapshot;
    private final List<UserRegistration> users;
    private TableView<UserRegistration> table;
    private VBox view;

    /** @param title the number's label, in the language of the moment the list opened */
    public CoverageUsersBlade(ListContext context, String title, LocalDate snapshot, List<UserRegistration> users) {
        this.context = context;
        this.title = title;
        this.snapshot = snapshot;
        this.users = List.copyOf(users);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String subtitle() {
        return I18n.format("coverageUsers.subtitle", users.size(), snapshot.toString());
    }

    @Override
    public double width() {
        return 900;
    }

    /** Every user the list holds, whatever the filter. */
    public List<UserRegistration> users() {
        return users;
    }

    @Override
    public Node view() {
        if (view == null) {
            TextField filter = new TextField();
            filter.setId("coverage-users-filter");
            filter.setPromptText(I18n.get("coverageUsers.filter"));
            Button export = new Button(I18n.get("list.export"));
            export.setId("coverage-users-export");
            export.setOnAction(e -> context.csvTarget().choose(view.getScene() == null ? null
                    : view.getScene().getWindow(), title + ".csv").ifPresent(this::exportCsv));
            HBox bar = new HBox(8, filter, export);
            HBox.setHgrow(filter, Priority.ALWAYS);
            table = table(filter);
            view = new VBox(8, bar, table);
            VBox.setVgrow(table, Priority.ALWAYS);
            view.setPadding(new Insets(8));
        }
        return view;
    }

    private TableView<UserRegistration> table(TextField filter) {
        FilteredList<UserRegistration> filtered = new FilteredList<>(FXCollections.observableArrayList(users));
        filter.textProperty().addListener((o, was, now) -> {
            String text = now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(text.isEmpty() ? null : u -> matches(u, text));
        });
        SortedList<UserRegistration> sorted = new SortedList<>(filtered);
        TableView<UserRegistration> t = new TableView<>(sorted);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setId("coverage-users-table");
        t.setPlaceholder(new Label(I18n.get("coverageUsers.none")));
        t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (UserColumn c : UserColumn.values()) {
            TableColumn<UserRegistration, String> column = new TableColumn<>(c.header());
            column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(c.text(f.getValue())));
            column.setPrefWidth(c.width());
            t.getColumns().add(column);
        }
        t.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
        return t;
    }

    private static boolean matches(UserRegistration u, String text) {
        return u.userPrincipalName().toLowerCase(Locale.ROOT).contains(text)
                || (u.displayName() != null && u.displayName().toLowerCase(Locale.ROOT).contains(text));
    }

    /** Copies the selected rows, in the order shown, with a header line, as tab-separated text. */
    public String copySelection() {
        List<UserRegistration> selected = new ArrayList<>();
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
    @Override
    public void exportCsv(Path file) {
        List<String> header = header();
        List<List<String>> rows = cells(table == null ? users : List.copyOf(table.getItems()));
        String name = String.valueOf(file.getFileName());
        Tasks.create(() -> write(file, header, rows))
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

    private static List<String> header() {
        return Arrays.stream(UserColumn.values()).map(UserColumn::header).toList();
    }

    private static List<List<String>> cells(List<UserRegistration> rows) {
        List<List<String>> out = new ArrayList<>();
        for (UserRegistration u : rows) {
            out.add(Arrays.stream(UserColumn.values()).map(c -> c.text(u)).toList());
        }
        return out;
    }
}
