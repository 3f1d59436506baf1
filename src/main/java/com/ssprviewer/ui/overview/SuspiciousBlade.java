package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Finding;
import com.ssprviewer.insight.SuspiciousActivity;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.listblades.ListBlades;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Question 8 in detail: every finding with its rule in plain words, whom it concerns, how often and when, and a link
 * to the attempts behind it.
 */
public final class SuspiciousBlade implements Blade {
    private final ListBlades lists;
    private final List<Finding> findings;
    private final EventFilter window;
    private VBox view;

    public SuspiciousBlade(ListBlades lists, List<Finding> findings, EventFilter window) {
        this.lists = lists;
        this.findings = List.copyOf(findings);
        this.window = window;
    }

    @Override
    public String title() {
        return I18n.get("suspicious.title");
    }

    @Override
    public String subtitle() {
        return I18n.format("suspicious.subtitle", findings.size());
    }

    @Override
    public double width() {
        return 820;
    }

    @Override
    public Node view() {
        if (view == null) {
            TableView<Finding> table = table();
            view = new VBox(12, rules(), table);
            VBox.setVgrow(table, Priority.ALWAYS);
            view.setPadding(new Insets(12));
            view.setId("suspicious-blade");
        }
        return view;
    }

    /** Opens the attempts behind a finding beside this blade. */
    void open(Finding finding) {
        lists.context().navigator().open(this, lists.resets(SuspiciousTexts.events(finding, window)));
    }

    private GridPane rules() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setId("suspicious-rules");
        int row = 0;
        for (String rule : SuspiciousActivity.explanations().keySet()) {
            Label name = new Label(SuspiciousTexts.name(rule));
            name.getStyleClass().add("rule-name");
            Label text = new Label(SuspiciousTexts.explanation(rule));
            text.setWrapText(true);
            text.getStyleClass().add(Styles.MUTED);
            grid.addRow(row++, name, text);
        }
        return grid;
    }

    private TableView<Finding> table() {
        TableView<Finding> table = new TableView<>();
        table.setId("suspicious-table");
        table.setPlaceholder(new Label(I18n.get("suspicious.none")));
        table.getColumns().add(column("suspicious.column.rule", f -> SuspiciousTexts.name(f.rule()), 170));
        table.getColumns().add(column("suspicious.column.who", Finding::user, 230));
        table.getColumns().add(column("suspicious.column.count", f -> Long.toString(f.count()), 60));
        table.getColumns().add(column("suspicious.column.first", f -> time(f.first()), 150));
        table.getColumns().add(column("suspicious.column.last", f -> time(f.last()), 150));
        table.getColumns().add(linkColumn());
        table.getItems().setAll(findings);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Finding> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private String time(java.time.Instant t) {
        return lists.context().timeFormat().format(t);
    }

    private static TableColumn<Finding, String> column(String key, Function<Finding, String> value, double width) {
        TableColumn<Finding, String> c = new TableColumn<>(I18n.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<Finding, Finding> linkColumn() {
        TableColumn<Finding, Finding> c = new TableColumn<>(I18n.get("suspicious.column.events"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(110);
        c.setCellFactory(col -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink(I18n.get("suspicious.showEvents"));

            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                link.setOnAction(e -> open(item));
                setGraphic(empty || item == null ? null : link);
            }
        });
        return c;
    }
}
