package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Finding;
import com.ssprviewer.insight.SuspiciousActivity;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.TippedTextCell;
import com.ssprviewer.ui.listblades.ListBlades;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Question 8 in detail: every finding with its rule in plain words, whom it concerns, how often and when; a click on
 * a finding opens the attempts behind it, as a click on a row does in every list.
 */
public final class SuspiciousBlade implements Blade {
    private final ListBlades lists;
    /** A cell's padding on both sides, with room to spare. */
    private static final double CELL_PADDING = 24;
    /** Room for the table's vertical scroll bar and borders. */
    private static final double SCROLL_BAR = 18;
    /** The narrowest the rule and user columns become at 1024 px before anything else gives way. */
    private static final double MIN_RULE = 110;
    private static final Object TITLE_TIP = new Object();
    private static final double MIN_WHO = 150;
    /** Headers are bold: measured in the regular face, they need about this much more. */
    private static final double BOLD_WIDER = 1.15;

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
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, texts);
        int row = 0;
        for (String rule : SuspiciousActivity.explanations().keySet()) {
            Label name = new Label(SuspiciousTexts.name(rule));
            name.getStyleClass().add("rule-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(SuspiciousTexts.explanation(rule));
            text.setWrapText(true);
            // a wrapped label is otherwise laid out one line short in some languages
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add(Styles.MUTED);
            grid.addRow(row++, name, text);
        }
        return grid;
    }

    private TableView<Finding> table() {
        TableView<Finding> table = new TableView<>();
        table.setId("suspicious-table");
        table.setPlaceholder(new Label(I18n.get("suspicious.none")));
        double timeWidth = textWidth(time(Instant.parse("2025-12-28T22:58:58Z"))) + 24;
        TableColumn<Finding, String> rule = shrinking(fitted("suspicious.column.rule",
                f -> SuspiciousTexts.name(f.rule())), MIN_RULE);
        table.getColumns().add(rule);
        TableColumn<Finding, String> who = shrinking(fitted("suspicious.column.who", Finding::user), MIN_WHO);
        who.setMaxWidth(Double.MAX_VALUE);
        table.getColumns().add(who);
        table.getColumns().add(fitted("suspicious.column.count", f -> Long.toString(f.count())));
        table.getColumns().add(fixed(column("suspicious.column.first", f -> time(f.first()), timeWidth)));
        table.getColumns().add(fixed(column("suspicious.column.last", f -> time(f.last()), timeWidth)));
        // the count and the times always read whole; the rule and the users share what is left, the users taking
        // the rest once the rule is whole, so the blade never scrolls sideways (a cut value shows in its tooltip)
        double rulePref = rule.getPrefWidth();
        table.widthProperty().addListener((obs, old, width) -> {
            double fixedWidth = table.getColumns().stream().filter(c -> c != who && c != rule)
                    .mapToDouble(TableColumn::getPrefWidth).sum();
            // inside the table's border, beside its vertical scroll bar, rounded down to whole pixels
            double room = Math.floor(width.doubleValue() - table.snappedLeftInset() - table.snappedRightInset()
                    - fixedWidth - SCROLL_BAR) - 1;
            double ruleWidth = Math.max(rule.getMinWidth(),
                    Math.min(rulePref, room - Math.max(who.getMinWidth(), room * 0.55)));
            rule.setPrefWidth(ruleWidth);
            who.setPrefWidth(Math.max(who.getMinWidth(), room - ruleWidth));
            titleTips(table);
        });
        table.getItems().setAll(findings);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, finding) -> {
            if (finding != null) {
                open(finding);
            }
        });
        return table;
    }

    /** Every header gets its whole title as tooltip: a narrowed column's title ends with an ellipsis. */
    private static void titleTips(TableView<Finding> table) {
        Platform.runLater(() -> {
            for (Node node : table.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                        && !header.getProperties().containsKey(TITLE_TIP)) {
                    Tooltip.install(header, new Tooltip(header.getTableColumn().getText()));
                    header.getProperties().put(TITLE_TIP, Boolean.TRUE);
                }
            }
        });
    }

    private static double textWidth(String s) {
        return new Text(s).getLayoutBounds().getWidth();
    }

    private String time(Instant t) {
        return lists.context().timeFormat().format(t);
    }

    private static TableColumn<Finding, String> column(String key, Function<Finding, String> value, double width) {
        TableColumn<Finding, String> c = new TableColumn<>(I18n.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 100));
        return c;
    }

    /** A column as wide as its header and its widest value, no wider: the user names beside it get the rest. */
    private TableColumn<Finding, String> fitted(String key, Function<Finding, String> value) {
        double widest = textWidth(I18n.get(key)) * BOLD_WIDER;
        for (Finding f : findings) {
            widest = Math.max(widest, textWidth(value.apply(f)));
        }
        return fixed(column(key, value, Math.ceil(widest + CELL_PADDING)));
    }

    /**
     * A column that may narrow down to {@code min} when room is short, its cut values (and title) whole in their
     * tooltips.
     */
    private static TableColumn<Finding, String> shrinking(TableColumn<Finding, String> c, double min) {
        c.setMinWidth(Math.min(c.getPrefWidth(), min));
        c.setMaxWidth(Double.MAX_VALUE);
        c.setCellFactory(column -> new TippedTextCell<>());
        return c;
    }

    private static TableColumn<Finding, String> fixed(TableColumn<Finding, String> c) {
        c.setMinWidth(c.getPrefWidth());
        c.setMaxWidth(c.getPrefWidth());
        return c;
    }
}
