package com.ssprviewer.ui.overview;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.insight.AdminSelfResets;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.CutTexts;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.shell.NavItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each tile shows what {@code summary --json} computes and opens the rows behind its number. */
@ExtendWith(ApplicationExtension.class)
class OverviewBladeTest {
    @TempDir
    static Path dir;
    static Store store;
    static Summary expected;
    OverviewWindow window;

    @BeforeAll
    static void fill() {
        store = SampleStore.samples(dir);
        expected = Summaries.compute(store, EventFilter.NONE, OverviewWindow.NOW);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        window = new OverviewWindow(stage, store);
    }

    @BeforeEach
    void openOverview(FxRobot robot) {
        robot.clickOn("#nav-overview");
        window.waitForData();
    }

    @AfterEach
    void stop() {
        window.close();
        onFx(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
    }

    @Test
    void anEmptyWeekBeforeTheAsOfDaySaysWhenTheNewestAttemptsAreFrom(FxRobot robot) {
        String before = contextOf(robot, "#tile-resets");
        DatePicker asOf = robot.lookup("#overview-as-of").queryAs(DatePicker.class);

        robot.interact(() -> asOf.setValue(LocalDate.of(2025, 9, 1)));

        waitUntil("the later week", () -> contextOf(robot, "#tile-resets").contains("newest attempts"));
        assertEquals("0", fx(() -> ((OverviewBlade) window.blade(0)).tileValue(OverviewTile.RESETS)));
        String newest = fx(() -> Collections.max(((OverviewBlade) window.blade(0)).data().outcomesPerDay().keySet()))
                .toString();
        assertEquals("none in the 7 days up to the As of day; the newest attempts are from " + newest,
                contextOf(robot, "#tile-resets"));
        assertFalse(before.contains("newest attempts"), "a week with attempts keeps its count's context: " + before);
    }

    private static String contextOf(FxRobot robot, String tile) {
        return fx(() -> robot.lookup(tile + " .tile-context").queryAs(Labeled.class).getText());
    }

    @Test
    void aLongRunOfDaysNamesItsFirstAndLastDayUnderTheChartInsteadOfTurningEveryDateOnItsSide(FxRobot robot) {
        StackedBarChart<?, ?> chart = robot.lookup("#chart-per-day").queryAs(StackedBarChart.class);
        List<LocalDate> days = fx(() -> ((OverviewBlade) window.blade(0)).data().outcomesPerDay().keySet().stream()
                .sorted().toList());
        assertTrue(days.size() > ChartViews.UPRIGHT_DAYS, "the samples span " + days.size() + " days");

        assertFalse(fx(() -> chart.getXAxis().isTickLabelsVisible()));
        List<String> named = fx(() -> robot.lookup("#chart-per-day-days .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertEquals(List.of(days.get(0).toString(), days.get(days.size() - 1).toString()), named);
    }

    @Test
    void aLanguageChosenWhileTheOverviewIsOpenRenamesItsDateRangeAtOnce(FxRobot robot) {
        ComboBox<?> range = robot.lookup("#overview-range").queryAs(ComboBox.class);
        String before = fx(() -> ((ListCell<?>) range.getButtonCell()).getText());

        robot.interact(() -> I18n.setLocale(AppLanguage.SWEDISH.locale()));
        try {
            assertEquals("All data", before);
            assertEquals("Alla data", fx(() -> ((ListCell<?>) range.getButtonCell()).getText()));
        } finally {
            robot.interact(() -> I18n.setLocale(AppLanguage.ENGLISH.locale()));
        }
    }

    @Test
    void registeredUsersTileCountsUsersAndListsThem(FxRobot robot) {
        assertTileOpens(robot, OverviewTile.REGISTERED_USERS, expected.registeredUsers());
        assertTrue(window.blade(1) instanceof RegisteredUsersBlade);
    }

    @Test
    void whoRegisteredTileCountsLatestRegistrations(FxRobot robot) {
        assertTileOpens(robot, OverviewTile.WHO_REGISTERED, expected.registrations().size());
    }

    @Test
    void dataRegisteredTileShowsTheMostRegisteredMethodAndOpensExactlyItsUsers(FxRobot robot) {
        assertTileOpens(robot, OverviewTile.DATA_REGISTERED, expected.dataRegistered().get(Method.MOBILE_PHONE));
        assertTrue(window.blade(1) instanceof RegisteredUsersBlade);
    }

    @Test
    void resetsTileCountsSucceededResetsOfTheLastSevenDays(FxRobot robot) {
        assertTrue(expected.resetsLast7Days() > 0);
        assertTileOpens(robot, OverviewTile.RESETS, expected.resetsLast7Days());
    }

    @Test
    void methodsTileNamesTheMostUsedMethodAndOpensItsResets(FxRobot robot) {
        Map.Entry<Method, Long> top = expected.methods().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        assertEquals(top.getKey().label(), tileValue(robot, OverviewTile.METHODS));
        robot.clickOn("#" + OverviewTile.METHODS.id());
        assertEquals(top.getValue(), window.countOf(1));
    }

    @Test
    void problemsTileShowsTheTopProblemAndOpensExactlyItsAttempts(FxRobot robot) {
        assertTileOpens(robot, OverviewTile.PROBLEMS, expected.problems().get(0).count());
        ListBlade<?> list = (ListBlade<?>) window.blade(1);
        assertEquals(java.util.Set.of(expected.problems().get(0).details()),
                fx(() -> list.list().filter().details()));
        assertTrue(fx(list::subtitle).contains(expected.problems().get(0).details()), "the list says what it shows");
    }

    @Test
    void adminTileCountsAdministratorsSelfResets(FxRobot robot) {
        long sum = expected.adminSelfResets().stream().mapToLong(AdminSelfResets::count).sum();
        assertTrue(sum > 0);
        assertTileOpens(robot, OverviewTile.ADMIN_RESETS, sum);
    }

    @Test
    void suspiciousActivityShowsEveryRulesNameAndTimesWholeAndOneClickOpensAFindingsAttempts(FxRobot robot) {
        robot.clickOn("#" + OverviewTile.SUSPICIOUS.id());
        window.countOf(1);
        TableView<?> table = robot.lookup("#suspicious-table").queryAs(TableView.class);

        for (Node name : robot.lookup("#suspicious-rules .rule-name").queryAll()) {
            Labeled label = (Labeled) name;
            assertTrue(fx(() -> label.getWidth() >= label.prefWidth(-1) - 0.5), fx(label::getText) + " is cut");
        }
        for (Node cell : robot.lookup("#suspicious-table .table-cell").queryAll()) {
            Labeled text = (Labeled) cell;
            String shown = fx(() -> text.getText());
            boolean time = shown != null && shown.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            if (time) {
                assertTrue(fx(() -> text.getWidth() >= text.prefWidth(-1) - 0.5), shown + " is cut");
            }
        }
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));

        waitUntil("the finding's attempts", () -> fx(() -> window.model.blades().size()) == 3
                && window.blade(2) instanceof ListBlade<?>);
    }

    @Test
    void at1024By768InSwedishSuspiciousActivityNeverScrollsSidewaysAndShowsEveryCountAndTimeWhole(FxRobot robot) {
        // a window of its own: the shared test window keeps its size for the other tests
        Stage small = fx(Stage::new);
        OverviewWindow swedish = fx(() -> new OverviewWindow(small, store, 1024, 768));
        try {
            onFx(() -> {
                swedish.model.languageProperty().set(AppLanguage.SWEDISH);
                swedish.model.navigate(NavItem.OVERVIEW);
            });
            swedish.waitForData();
            onFx(() -> swedish.overview().open(
                    Drilldowns.forTile(OverviewTile.SUSPICIOUS, swedish.overview().data())));
            swedish.countOf(1);
            WaitForAsyncUtils.waitForFxEvents();
            assertSuspiciousReadsWhole(fx(() -> (TableView<?>) small.getScene().lookup("#suspicious-table")));
        } finally {
            swedish.close();
            onFx(small::close);
        }
    }

    /**
     * No sideways scrolling; every count and time reads whole; a rule name, user or title cut for room shows whole in
     * its tooltip.
     */
    private static void assertSuspiciousReadsWhole(TableView<?> table) {
        assertEquals("Användare eller IP-adress", fx(() -> table.getColumns().get(1).getText()));
        assertTrue(fx(() -> table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum() <= table.getWidth()),
                () -> "every column is on screen: " + fx(() -> table.getWidth() + " wide, columns "
                        + table.getColumns().stream().map(c -> c.getText() + " " + c.getWidth() + " (min "
                        + c.getMinWidth() + ")").toList()));
        assertFalse(fx(() -> table.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible())), "a sideways scroll bar");
        List<String> problems = fx(() -> {
            List<String> found = new ArrayList<>();
            for (Node node : table.lookupAll(".column-header")) {
                // Tooltip.install keeps the tooltip in the node's properties under this key
                Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
                if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                        && !CutTexts.under(header).isEmpty() && !(tip instanceof Tooltip t
                        && t.getText().equals(header.getTableColumn().getText()))) {
                    found.add("header without its title as tooltip: " + CutTexts.under(header));
                }
            }
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null
                        && !CutTexts.under(cell).isEmpty()) {
                    int column = table.getColumns().indexOf(cell.getTableColumn());
                    Tooltip tip = cell.getTooltip();
                    if (column > 1 || tip == null || !cell.getText().equals(tip.getText())) {
                        found.add("column " + column + ": " + CutTexts.under(cell));
                    }
                }
            }
            return found;
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void suspiciousTileCountsFindingsAndOpensThem(FxRobot robot) {
        assertTileOpens(robot, OverviewTile.SUSPICIOUS, expected.suspicious().size());
        assertTrue(window.blade(1) instanceof SuspiciousBlade);
    }

    @Test
    void thePiesLegendNamesEachSliceInTheSlicesColour(FxRobot robot) {
        PieChart pie = robot.lookup("#chart-outcomes").queryAs(PieChart.class);

        assertFalse(fx(pie::getLabelsVisible), "labels shrink a pie with small slices to a thumbnail");
        List<Labeled> items = fx(() -> pie.lookupAll(".chart-legend-item").stream().map(Labeled.class::cast)
                .toList());
        assertEquals(fx(() -> pie.getData().size()), items.size());
        for (PieChart.Data slice : fx(() -> List.copyOf(pie.getData()))) {
            Labeled item = items.stream().filter(i -> fx(i::getText).equals(slice.getName())).findFirst()
                    .orElseThrow();
            assertEquals(fx(() -> slice.getNode().getPseudoClassStates().toString()),
                    fx(() -> item.getGraphic().getPseudoClassStates().toString()), slice.getName());
        }
    }

    @Test
    void theChartsShowTheStoresAggregatesAndASliceOpensItsAttempts(FxRobot robot) {
        PieChart pie = robot.lookup("#chart-outcomes").queryAs(PieChart.class);
        Map<String, Double> slices = fx(() -> {
            Map<String, Double> m = new java.util.TreeMap<>();
            pie.getData().forEach(d -> m.put(d.getName(), d.getPieValue()));
            return m;
        });
        expected.outcomes().forEach((o, n) -> assertEquals(n == 0 ? null : n.doubleValue(), slices.get(o.label())));
        StackedBarChart<?, ?> perDay = robot.lookup("#chart-per-day").queryAs(StackedBarChart.class);
        assertEquals(Outcome.values().length, (int) fx(() -> perDay.getData().size()));
        BarChart<?, ?> methods = robot.lookup("#chart-methods").queryAs(BarChart.class);
        assertEquals(expected.methods().values().stream().filter(n -> n > 0).count(),
                (long) fx(() -> methods.getData().get(0).getData().size()));
        for (String id : new String[] {"#chart-data", "#chart-problems", "#chart-registrations"}) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id);
        }
        PieChart.Data blocked = fx(() -> pie.getData().stream()
                .filter(d -> d.getName().equals(Outcome.BLOCKED.label())).findFirst().orElseThrow());
        robot.interact(() -> blocked.getNode().fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, true, null)));
        assertEquals(expected.outcomes().get(Outcome.BLOCKED), window.countOf(1));
    }

    private void assertTileOpens(FxRobot robot, OverviewTile tile, long number) {
        assertEquals(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(number),
                tileValue(robot, tile), "the number, grouped as English groups it");
        robot.clickOn("#" + tile.id());
        assertEquals(number, window.countOf(1));
    }

    private static String tileValue(FxRobot robot, OverviewTile tile) {
        return fx(() -> robot.lookup("#" + tile.id() + " .tile-value").queryAs(Labeled.class).getText());
    }
}
