package com.ssprviewer.ui.overview;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The six charts of the Overview in a two-column grid of titled cards, rebuilt each time new answers arrive. */
final class OverviewCharts {
    static final String CARD = "chart-card";
    private static final double HEIGHT = 280;

    private final GridPane grid = new GridPane();
    private final Consumer<Drill> open;

    OverviewCharts(Consumer<Drill> open) {
        this.open = open;
        grid.setId("overview-charts");
        grid.setHgap(12);
        grid.setVgap(12);
        grid.getColumnConstraints().addAll(evenColumn(2), evenColumn(2));
    }

    static ColumnConstraints evenColumn(int columns) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(100.0 / columns);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    Node node() {
        return grid;
    }

    void show(OverviewData d) {
        grid.getChildren().clear();
        List<ChartPoint> share = ChartModels.outcomeShare(d);
        List<ChartPoint> methods = ChartModels.methods(d);
        List<ChartPoint> data = ChartModels.dataRegistered(d);
        List<ChartPoint> problems = ChartModels.topProblems(d);
        List<ChartPoint> registrations = ChartModels.registrationsOverTime(d);
        add(0, "overview.chart.outcomes", ChartViews.outcomeShare(share, open), share.isEmpty());
        Map<Outcome, List<ChartPoint>> perDay = ChartModels.outcomesPerDay(d);
        StackedBarChart<String, Number> perDayChart = ChartViews.outcomesPerDay(perDay, open);
        VBox perDayCard = add(1, "overview.chart.perDay", perDayChart, d.outcomesPerDay().isEmpty());
        ChartViews.dayAxis(perDayChart, perDay.get(Outcome.SUCCEEDED)).ifPresent(perDayCard.getChildren()::add);
        add(2, "overview.chart.methods", ChartViews.bars("chart-methods", methods, open), methods.isEmpty());
        add(3, "overview.chart.data", ChartViews.bars("chart-data", data, open), data.isEmpty());
        add(4, "overview.chart.problems", ChartViews.problems(problems, open), problems.isEmpty());
        BarChart<String, Number> registrationsChart = ChartViews.dayBars("chart-registrations", registrations, open);
        VBox registrationsCard = add(5, "overview.chart.registrations", registrationsChart,
                d.registrationsPerDay().isEmpty());
        ChartViews.dayAxis(registrationsChart, registrations).ifPresent(registrationsCard.getChildren()::add);
    }

    private VBox add(int index, String titleKey, Chart chart, boolean empty) {
        Label title = new Label(I18n.get(titleKey));
        title.getStyleClass().add("chart-title-label");
        chart.setPrefHeight(HEIGHT);
        chart.setMinHeight(HEIGHT);
        Node body = chart;
        if (empty) {
            Label hint = new Label(I18n.get("overview.chart.empty"));
            hint.getStyleClass().add(Styles.MUTED);
            body = new StackPane(chart, hint);
            chart.setOpacity(0.25);
        }
        VBox card = new VBox(6, title, body);
        card.getStyleClass().add(CARD);
        grid.add(card, index % 2, index / 2);
        return card;
    }
}
