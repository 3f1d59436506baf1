package com.ssprviewer.ui.overview;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.ValueNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Builds the JavaFX charts from {@link ChartModels} series. Every slice and bar gets a tooltip with its exact
 * number and opens its filtered list when clicked; colours come from the stylesheet (outcome classes and tokens).
 */
final class ChartViews {
    private static final int LABEL_LIMIT = 38;
    /** Days a time chart labels upright under each bar; more get a first-and-last row instead. */
    static final int UPRIGHT_DAYS = 10;

    private ChartViews() {
    }

    static PieChart outcomeShare(List<ChartPoint> points, Consumer<Drill> open) {
        ObservableList<PieChart.Data> data = FXCollections.observableArrayList();
        for (ChartPoint p : points) {
            PieChart.Data slice = new PieChart.Data(p.label(), p.value());
            String style = p.style();
            onNode(slice.nodeProperty(), node -> {
                node.pseudoClassStateChanged(PseudoClass.getPseudoClass(style), true);
                wire(node, p, open);
            });
            data.add(slice);
        }
        // The chart gets its slices all at once: adding them one by one to a live pie rebuilds its legend per slice,
        // which JavaFX 21 can trip over (ConcurrentModificationException in PieChart.updateLegend).
        PieChart chart = new PieChart(data);
        chart.setId("chart-outcomes");
        // a legend instead of labels: JavaFX shrinks a pie to a thumbnail to fit the labels of small slices
        chart.setLabelsVisible(false);
        chart.setLegendVisible(true);
        chart.setLegendSide(Side.BOTTOM);
        for (Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label) {
                points.stream().filter(p -> p.label().equals(label.getText())).findFirst().ifPresent(p ->
                        label.getGraphic().pseudoClassStateChanged(PseudoClass.getPseudoClass(p.style()), true));
            }
        }
        chart.setAnimated(false);
        return chart;
    }

    static StackedBarChart<String, Number> outcomesPerDay(Map<Outcome, List<ChartPoint>> series,
                                                          Consumer<Drill> open) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), integerAxis());
        chart.setId("chart-per-day");
        chart.setAnimated(false);
        series.forEach((outcome, points) -> chart.getData().add(series(ValueNames.of(outcome), points, open)));
        fitDays(chart, gap -> chart.setCategoryGap(gap));
        return chart;
    }

    /** Bars over days: one per day of the range, as wide as the chart allows. */
    static BarChart<String, Number> dayBars(String id, List<ChartPoint> days, Consumer<Drill> open) {
        BarChart<String, Number> chart = bars(id, days, open);
        fitDays(chart, gap -> chart.setCategoryGap(gap));
        return chart;
    }

    /**
     * Keeps the gap between days to what a day's width can spare. JavaFX's default gap of 10 px is more than a day of
     * a long range gets in a narrow chart, and a bar's width then comes out negative: its day is drawn as a hairline
     * or not at all.
     */
    private static void fitDays(XYChart<String, Number> chart, DoubleConsumer setGap) {
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        Runnable fit = () -> {
            int days = Math.max(1, axis.getCategories().size());
            double perDay = axis.getWidth() / days;
            setGap.accept(perDay >= 8 ? 2 : perDay >= 4 ? 1 : 0);
        };
        fit.run();
        axis.widthProperty().addListener((o, was, now) -> fit.run());
        axis.getCategories().addListener((ListChangeListener<String>) c -> fit.run());
    }

    static BarChart<String, Number> bars(String id, List<ChartPoint> points, Consumer<Drill> open) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), integerAxis());
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(0);
        chart.getData().add(series("", points, open));
        return chart;
    }

    /** Horizontal bars with numbered, shortened labels: problem wordings are long sentences. */
    static BarChart<Number, String> problems(List<ChartPoint> points, Consumer<Drill> open) {
        BarChart<Number, String> chart = new BarChart<>(integerAxis(), new CategoryAxis());
        chart.setId("chart-problems");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        chart.getData().add(s);
        for (int i = points.size() - 1; i >= 0; i--) {
            ChartPoint p = points.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(p.value(), shortLabel(i + 1, p.label()));
            onNode(bar.nodeProperty(), node -> wire(node, p, open));
            s.getData().add(bar);
        }
        return chart;
    }

    /**
     * A long run of days cannot label every bar upright: the axis then hides its labels (JavaFX would turn them on
     * their side) and a row under the chart names the first and the last day instead.
     */
    static Optional<Node> dayAxis(XYChart<String, Number> chart, List<ChartPoint> days) {
        if (days.size() <= UPRIGHT_DAYS) {
            return Optional.empty();
        }
        chart.getXAxis().setTickLabelsVisible(false);
        chart.getXAxis().setTickMarkVisible(false);
        // the legend moves above the bars, so the days row sits right under them
        chart.setLegendSide(Side.TOP);
        Label first = new Label(days.get(0).label());
        Label last = new Label(days.get(days.size() - 1).label());
        first.getStyleClass().add(Styles.MUTED);
        last.getStyleClass().add(Styles.MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(first, gap, last);
        row.setId(chart.getId() + "-days");
        row.setPadding(new Insets(0, 8, 0, 40));
        return Optional.of(row);
    }

    static String shortLabel(int rank, String label) {
        String text = label.isBlank() ? I18n.get("overview.problem.noDetails") : label;
        return rank + ". " + (text.length() > LABEL_LIMIT ? text.substring(0, LABEL_LIMIT - 1) + "\u2026" : text);
    }

    private static XYChart.Series<String, Number> series(String name, List<ChartPoint> points, Consumer<Drill> open) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (ChartPoint p : points) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(p.label(), p.value());
            onNode(bar.nodeProperty(), node -> wire(node, p, open));
            s.getData().add(bar);
        }
        return s;
    }

    private static NumberAxis integerAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }
        });
        return axis;
    }

    /** Data nodes appear when the chart lays its data out; act on the node whenever it (re)appears. */
    private static void onNode(ObservableValue<Node> node, Consumer<Node> action) {
        if (node.getValue() != null) {
            action.accept(node.getValue());
        }
        node.addListener((o, was, now) -> {
            if (now != null) {
                action.accept(now);
            }
        });
    }

    private static void wire(Node node, ChartPoint p, Consumer<Drill> open) {
        if (node == null) {
            return;
        }
        Tooltip tip = new Tooltip(I18n.format("overview.chart.tooltip", p.label(), p.value()));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tip);
        node.setCursor(Cursor.HAND);
        node.getProperties().put(ChartPoint.class, p);
        node.setOnMouseClicked(e -> open.accept(p.drill()));
    }

}
