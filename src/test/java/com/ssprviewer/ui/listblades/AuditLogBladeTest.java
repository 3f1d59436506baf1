package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.listblades.ListWindow.choose;
import static com.ssprviewer.ui.listblades.ListWindow.options;
import static com.ssprviewer.ui.listblades.ListWindow.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Status;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.ui.lists.DateRange;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AuditLogBladeTest {
    @TempDir
    static Path dir;
    static Store store;
    ListWindow window;

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
        window = new ListWindow(stage, store, null);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private void open(FxRobot robot) {
        robot.clickOn("#nav-auditlog");
        window.waitForCount(robot, 0, 259, 259);
    }

    private void expectCount(FxRobot robot, EventFilter filter) {
        long count = store.count(ListKind.EVENTS, filter);
        window.waitForCount(robot, 0, count, 259);
        assertEquals(filter, window.list(0).list().filter());
        assertEquals(firstIds(filter, null, (int) Math.min(count, 20)), shownIds(robot, (int) Math.min(count, 20)));
    }

    @Test
    void theAuditLogOpensWithEveryEventNewestFirst(FxRobot robot) {
        open(robot);

        assertEquals("Audit logs", ListWindow.text(robot, "#blade-title-0"));
        assertEquals(259, fx(() -> table(robot, "list-auditlog").getItems().size()));
        assertEquals(firstIds(EventFilter.NONE, null, 20), shownIds(robot, 20));
    }

    @Test
    void theStatusMenuFiltersAsTheStoreSays(FxRobot robot) {
        open(robot);

        choose(robot, "#filter-status", "Failure");

        expectCount(robot, EventFilter.builder().statuses(Set.of(Status.FAILURE)).build());
        assertEquals("Status: Failure", ListWindow.text(robot, "#filter-status"));

        robot.clickOn("#filter-clear");
        window.waitForCount(robot, 0, 259, 259);
    }

    @Test
    void printingAListPrintsItsReportWithTheFiltersOnScreen(FxRobot robot) {
        open(robot);
        choose(robot, "#filter-status", "Failure");
        expectCount(robot, EventFilter.builder().statuses(Set.of(Status.FAILURE)).build());

        ListBlade<?> blade = window.list(0);
        assertEquals(com.ssprviewer.report.ReportBlade.AUDITLOG, fx(blade::reportBlade));
        assertEquals(Set.of(Status.FAILURE), fx(blade::reportFilter).statuses());
        robot.clickOn("#filter-clear");
    }

    @Test
    void serviceCategoryAndActivityMenusCascade(FxRobot robot) {
        open(robot);
        String service = store.distinctValues("service", EventFilter.NONE).get(0);

        choose(robot, "#filter-service", service);
        EventFilter byService = EventFilter.builder().services(Set.of(service)).build();
        expectCount(robot, byService);

        List<String> categories = store.distinctValues("category", byService);
        choose(robot, "#filter-category", categories.get(0));
        assertEquals(categories, options(robot, "#filter-category"));
        EventFilter byCategory = byService.toBuilder().categories(Set.of(categories.get(0))).build();
        expectCount(robot, byCategory);

        List<String> activities = store.distinctValues("activity", byCategory);
        choose(robot, "#filter-activity", activities.get(0));
        assertEquals(activities, options(robot, "#filter-activity"));
        expectCount(robot, byCategory.toBuilder().activities(Set.of(activities.get(0))).build());
        assertTrue(store.distinctValues("category", EventFilter.NONE).size() >= categories.size());
    }

    @Test
    void containsFieldsAndFreeTextFilterAsTheStoreSays(FxRobot robot) {
        open(robot);

        robot.clickOn("#filter-initiatedBy").write("alex").type(KeyCode.ENTER);
        expectCount(robot, EventFilter.builder().initiatedBy("alex").build());

        robot.clickOn("#filter-clear");
        robot.clickOn("#filter-target").write("MEGAN").type(KeyCode.ENTER);
        expectCount(robot, EventFilter.builder().target("MEGAN").build());

        robot.clickOn("#filter-clear");
        robot.clickOn("#filter-text").write("sms").type(KeyCode.ENTER);
        expectCount(robot, EventFilter.builder().text("sms").build());
        assertEquals("", fx(() -> robot.lookup("#filter-target").queryTextInputControl().getText()));
    }

    @Test
    void theSearchTakesTheQuerySyntaxAndItsTooltipExplainsIt(FxRobot robot) {
        open(robot);
        String tip = fx(() -> robot.lookup("#filter-text").queryAs(Control.class).getTooltip().getText());
        assertTrue(tip.contains("user:") && tip.contains("-word") && tip.contains("\"a phrase\""), tip);

        robot.clickOn("#filter-text").write("user:alex -\"verification option\"").type(KeyCode.ENTER);
        expectCount(robot, EventFilter.builder().text("user:alex -\"verification option\"").build());
    }

    @Test
    void aCustomDateRangeFiltersWholeDays(FxRobot robot) {
        open(robot);
        robot.clickOn("#filter-date").clickOn("#filter-date-custom");
        DatePicker from = robot.lookup("#filter-from").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#filter-to").queryAs(DatePicker.class);
        robot.interact(() -> {
            from.setValue(LocalDate.of(2025, 3, 12));
            to.setValue(LocalDate.of(2025, 3, 18));
        });

        expectCount(robot, EventFilter.builder().from(java.time.Instant.parse("2025-03-12T00:00:00Z"))
                .to(java.time.Instant.parse("2025-03-19T00:00:00Z")).build());
        assertEquals(DateRange.CUSTOM, window.list(0).filters().rangeProperty().get());
    }

    @Test
    void sortingByEachColumnFollowsTheStore(FxRobot robot) {
        open(robot);
        TableView<EventRow> table = table(robot, "list-auditlog");
        for (TableColumn<EventRow, ?> column : fx(() -> new ArrayList<>(table.getColumns()))) {
            String field = column.getId().substring("col-".length()).toLowerCase(java.util.Locale.ROOT);
            if (ListKind.EVENTS.sortField(field).isEmpty()) {
                assertFalse(column.isSortable(), field + " cannot be sorted by the store");
                continue;
            }
            for (boolean descending : new boolean[] {false, true}) {
                robot.interact(() -> {
                    column.setSortType(descending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                    table.getSortOrder().setAll(List.of(column));
                });
                Sort sort = new Sort(ListKind.EVENTS.sortField(field).orElseThrow(), descending);
                waitUntil("sort " + sort, () -> window.list(0).list().sort().equals(sort)
                        && !window.list(0).list().loadingProperty().get());
                assertEquals(firstIds(EventFilter.NONE, sort, 40), shownIds(robot, 40), sort.toString());
            }
        }
    }

    @Test
    void clickingAHeaderSortsInTheStore(FxRobot robot) {
        open(robot);

        // Initiated by: a key column, shown at any width (Service is hidden for room in this window)
        robot.clickOn(robot.lookup(".column-header").match(n -> "col-initiatedBy".equals(n.getId()))
                .queryAs(javafx.scene.Node.class));

        Sort sort = new Sort(EventSort.INITIATED_BY, false);
        waitUntil("sorted by initiated by", () -> window.list(0).list().sort().equals(sort)
                && !window.list(0).list().loadingProperty().get());
        assertEquals(firstIds(EventFilter.NONE, sort, 40), shownIds(robot, 40));
    }

    @Test
    void theDateHeaderSaysWhichTimeZoneAndFollowsTheSwitch(FxRobot robot) {
        open(robot);
        TableView<EventRow> table = table(robot, "list-auditlog");
        assertEquals("Date (UTC)", fx(() -> table.getColumns().get(0).getText()));

        robot.clickOn("View").clickOn("Time zone").clickOn("Show times in local time");

        assertEquals("Date (" + java.time.ZoneId.systemDefault().getId() + ")",
                fx(() -> table.getColumns().get(0).getText()));
        robot.clickOn("View").clickOn("Time zone").clickOn("Show times in UTC");
        assertEquals("Date (UTC)", fx(() -> table.getColumns().get(0).getText()));
    }

    @Test
    void swedishChangesHeadersPillsAndCount(FxRobot robot) {
        open(robot);
        robot.clickOn("View").clickOn("Language").clickOn("Svenska");
        try {
            TableView<EventRow> table = table(robot, "list-auditlog");
            assertEquals("Tjänst", fx(() -> table.getColumns().get(1).getText()));
            assertEquals("Status: Alla", ListWindow.text(robot, "#filter-status"));
            assertEquals("259 av 259", ListWindow.text(robot, "#list-count"));
        } finally {
            robot.clickOn("Visa").clickOn("Språk").clickOn("English");
        }
    }

    @Test
    void theCorrelationIdColumnIsHiddenUntilChosen(FxRobot robot) {
        open(robot);
        TableView<EventRow> table = table(robot, "list-auditlog");
        TableColumn<EventRow, ?> corr = fx(() -> table.getColumns().get(table.getColumns().size() - 1));
        assertFalse(fx(corr::isVisible));

        robot.clickOn("#list-columns").clickOn("#list-columns-col-correlationId");

        assertTrue(fx(corr::isVisible));
        ListBlade<?> blade = window.list(0);
        assertTrue(fx(() -> blade.table().visibleColumns().stream().anyMatch(c -> c.id().equals("correlationId"))));
    }

    static List<Long> firstIds(EventFilter filter, Sort sort, int n) {
        return store.events(filter, sort, PageRequest.first(n)).rows().stream().map(EventRow::id).toList();
    }

    @SuppressWarnings("unchecked")
    List<Long> shownIds(FxRobot robot, int n) {
        ListBlade<EventRow> blade = (ListBlade<EventRow>) window.list(0);
        return fx(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(blade.list().rows().get(i).id());
            }
            return ids;
        });
    }
}
