package com.ssprviewer.ui.overview;

import static com.ssprviewer.ui.common.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1024, 1280 and 1600 px the Overview's two time charts plot every day of the range, days without events
 * included, and draw each day's bar inside the plot, the first and the last day too, at least 2 px wide.
 */
@ExtendWith(ApplicationExtension.class)
class DayChartsTest {
    private static final double MIN_BAR = 2;
    @TempDir
    static Path dir;
    static Store store;
    Stage stage;
    OverviewWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.samples(dir);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1024, 768", "1280, 800", "1600, 1000"})
    void everyDayOfTheRangeHasItsBarInsideThePlot(int width, int height, FxRobot robot) {
        window = fx(() -> new OverviewWindow(stage, store, width, height));
        robot.clickOn("#nav-overview");
        window.waitForData();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> days = fx(() -> ChartModels.days(window.overview().data())).stream()
                .map(LocalDate::toString).toList();
        assertEquals("2025-01-30", days.get(0), "the samples' first attempt");
        assertEquals("2025-03-25", days.get(days.size() - 1), "the samples' last attempt");

        for (String id : List.of("#chart-per-day", "#chart-registrations")) {
            XYChart<?, ?> chart = robot.lookup(id).queryAs(XYChart.class);
            assertEquals(days, fx(() -> List.copyOf(((CategoryAxis) chart.getXAxis()).getCategories())), id);
            for (XYChart.Series<?, ?> series : fx(() -> List.copyOf(chart.getData()))) {
                List<String> plotted = fx(() -> series.getData().stream().map(d -> String.valueOf(d.getXValue()))
                        .toList());
                assertEquals(days, plotted, id + " " + series.getName());
                assertBarInsidePlot(chart, fx(() -> series.getData().get(0).getNode()), id + " first day");
                assertBarInsidePlot(chart, fx(() -> series.getData().get(days.size() - 1).getNode()),
                        id + " last day");
            }
        }
    }

    @Test
    void aChosenRangePlotsItsFirstAndLastDaysThoughNoEventFallsOnThem() {
        EventFilter range = EventFilter.builder().from(Instant.parse("2025-01-25T00:00:00Z"))
                .to(Instant.parse("2025-04-05T00:00:00Z")).build();
        OverviewData data = OverviewLoader.load(store, range, OverviewWindow.NOW, ZoneOffset.UTC);

        List<String> perDay = ChartModels.outcomesPerDay(data).get(Outcome.SUCCEEDED).stream()
                .map(ChartPoint::label).toList();
        assertEquals(70, perDay.size(), "2025-01-25 to 2025-04-04, the range's last day");
        assertEquals("2025-01-25", perDay.get(0));
        assertEquals("2025-04-04", perDay.get(perDay.size() - 1));
        assertEquals(perDay, ChartModels.registrationsOverTime(data).stream().map(ChartPoint::label).toList());
        assertEquals(data.summary().outcomes().get(Outcome.SUCCEEDED), ChartModels.outcomesPerDay(data)
                .get(Outcome.SUCCEEDED).stream().mapToLong(ChartPoint::value).sum());
    }

    private static void assertBarInsidePlot(XYChart<?, ?> chart, Node bar, String what) {
        Bounds plot = fx(() -> {
            Node background = chart.lookup(".chart-plot-background");
            return background.localToScene(background.getLayoutBounds());
        });
        Bounds drawn = fx(() -> bar.localToScene(bar.getLayoutBounds()));
        assertTrue(fx(bar::isVisible), what + " is drawn");
        assertTrue(drawn.getMinX() >= plot.getMinX() - 0.5 && drawn.getMaxX() <= plot.getMaxX() + 0.5,
                what + " at " + drawn + " lies inside the plot " + plot);
        assertTrue(drawn.getWidth() >= MIN_BAR, what + " is " + drawn.getWidth() + " px wide");
    }
}
