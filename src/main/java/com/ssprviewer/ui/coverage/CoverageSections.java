package com.ssprviewer.ui.coverage;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.CoverageList;
import com.ssprviewer.report.CoverageTiles;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.store.api.SnapshotTotals;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.ValueNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The parts of the coverage blade below the tiles: members per method, the lists admins chase with the changes since
 * the previous snapshot, how many users' events and snapshots disagree, and the trend of every snapshot. Every count
 * is a link that opens its users.
 */
final class CoverageSections {
    private final GridPane methods = grid("coverage-methods");
    private final GridPane lists = grid("coverage-lists");
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final Consumer<String> openMethod;
    private final Consumer<CoverageList> openList;
    private final Hyperlink disagreements = new Hyperlink("\u2026");

    CoverageSections(Consumer<String> openMethod, Consumer<CoverageList> openList, Runnable openDisagreements) {
        this.openMethod = openMethod;
        this.openList = openList;
        disagreements.setId(DISAGREE_ID);
        disagreements.setOnAction(e -> openDisagreements.run());
        keepWhole(disagreements);
        trend.setId("coverage-trend");
        trend.setAnimated(false);
        trend.setPrefHeight(280);
    }

    Node methods() {
        return card("coverage-methods-title", "coverage.column.method", methods);
    }

    Node lists() {
        return card("coverage-lists-title", "coverage.lists", lists);
    }

    Node trend() {
        return card("coverage-trend-title", "coverage.trend", trend);
    }

    void show(Coverage c, ReportTexts t) {
        methods.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, Long> e : c.methods().entrySet()) {
            Label name = wrapping(ValueNames.registeredMethod(e.getKey()));
            name.setId("coverage-method-name-" + e.getKey());
            methods.addRow(row++, name, link("coverage-method-" + e.getKey(), e.getValue(),
                    () -> openMethod.accept(e.getKey())), muted(CoverageTiles.share(e.getValue().intValue(),
                    c.members(), t)));
        }
        lists.getChildren().clear();
        row = 0;
        for (CoverageList l : CoverageList.values()) {
            if (l == CoverageList.NEWLY_REGISTERED) {
                Label heading = new Label(c.changes().previous() == null ? I18n.get("coverage.changes.none")
                        : I18n.format("coverage.changes", c.changes().previous().toString()));
                heading.getStyleClass().add("chart-title-label");
                lists.add(heading, 0, row++, 2, 1);
            }
            lists.addRow(row++, wrapping(CoverageTiles.label(l, t)), link(id(l), l.of(c).size(),
                    () -> openList.accept(l)));
        }
        lists.addRow(row, wrapping(I18n.get("disagree.title")), disagreements);
        trend.getData().setAll(List.of(series(I18n.get("coverage.members"), c, SnapshotTotals::members),
                series(I18n.get("coverage.ssprRegistered"), c, SnapshotTotals::ssprRegistered),
                series(I18n.get("coverage.ssprCapable"), c, SnapshotTotals::ssprCapable)));
    }

    /** Shows how many users' registration events and snapshots disagree; an ellipsis while they are counted. */
    void showDisagreements(int count) {
        disagreements.setText(count < 0 ? "\u2026" : count(count));
    }

    /** The id of the count of users whose registration events and snapshots disagree. */
    static final String DISAGREE_ID = "coverage-list-disagree";

    static String id(CoverageList l) {
        return "coverage-list-" + l.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static XYChart.Series<String, Number> series(String name, Coverage c, ToIntFunction<SnapshotTotals> n) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (SnapshotTotals day : c.trend()) {
            s.getData().add(new XYChart.Data<>(day.day().toString(), n.applyAsInt(day)));
        }
        return s;
    }

    private static Hyperlink link(String id, long count, Runnable open) {
        Hyperlink link = new Hyperlink(count(count));
        link.setId(id);
        keepWhole(link);
        link.setOnAction(e -> open.run());
        return link;
    }

    /** A count as the current language groups its digits. */
    private static String count(long n) {
        return String.format(I18n.getLocale(), "%,d", n);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        keepWhole(label);
        return label;
    }

    /** A name that takes more lines in a narrow card rather than end in an ellipsis. */
    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** A count or share is never cut: the names beside it give way first. */
    private static void keepWhole(Region node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
    }

    private static GridPane grid(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(16);
        grid.setVgap(2);
        return grid;
    }

    /** A titled card; the title follows the window's language (the content is redrawn when it changes). */
    private static VBox card(String id, String titleKey, Node content) {
        Label title = new Label();
        title.setId(id);
        title.textProperty().bind(I18n.text(titleKey));
        title.getStyleClass().add("chart-title-label");
        VBox card = new VBox(8, title, content);
        card.getStyleClass().add("chart-card");
        return card;
    }
}
