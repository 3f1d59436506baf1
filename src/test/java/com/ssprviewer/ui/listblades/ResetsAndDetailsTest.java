package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.listblades.ListWindow.choose;
import static com.ssprviewer.ui.listblades.ListWindow.table;
import static com.ssprviewer.ui.listblades.ListWindow.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.DetailsCatalog;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Registration;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.ui.details.AttemptDetailsBlade;
import com.ssprviewer.ui.details.EventDetailsBlade;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ResetsAndDetailsTest {
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

    @Test
    void resetActivityFiltersByResultMethodAndUser(FxRobot robot) {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 104, 104);

        choose(robot, "#filter-result", "Blocked");
        window.waitForCount(robot, 0, 8, 104);

        choose(robot, "#filter-method", "Mobile Phone");
        EventFilter both = EventFilter.builder().results(Set.of(Outcome.BLOCKED))
                .methods(Set.of(Method.MOBILE_PHONE)).build();
        window.waitForCount(robot, 0, store.count(ListKind.ATTEMPTS, both), 104);

        robot.clickOn("#filter-clear");
        robot.clickOn("#filter-user").write("alex").type(KeyCode.ENTER);
        window.waitForCount(robot, 0, store.count(ListKind.ATTEMPTS, EventFilter.builder().user("alex").build()),
                104);
    }

    @Test
    void aFilterPillNamesUpToTwoChosenValuesAndCountsMore(FxRobot robot) {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 104, 104);
        assertEquals("Result: All", text(robot, "#filter-result"));

        choose(robot, "#filter-result", "Failed");
        choose(robot, "#filter-result", "Blocked");
        assertEquals(Set.of("Failed", "Blocked"), named(robot, "#filter-result", "Result: "));
        window.waitForCount(robot, 0, store.count(ListKind.ATTEMPTS, EventFilter.builder()
                .results(Set.of(Outcome.FAILED, Outcome.BLOCKED)).build()), 104);

        choose(robot, "#filter-result", "Succeeded");
        assertEquals("Result: 3 selected", text(robot, "#filter-result"));

        choose(robot, "#filter-result", "Failed");
        assertEquals(Set.of("Blocked", "Succeeded"), named(robot, "#filter-result", "Result: "),
                "a second click on a row unticks it");
        window.waitForCount(robot, 0, store.count(ListKind.ATTEMPTS, EventFilter.builder()
                .results(Set.of(Outcome.SUCCEEDED, Outcome.BLOCKED)).build()), 104);
    }

    @Test
    void aFilterFlyoutTicksWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 104, 104);
        robot.clickOn("#filter-result");
        ListView<?> options = robot.lookup("#filter-result-options").queryAs(ListView.class);
        waitUntil("the flyout's values", () -> fx(() -> !options.getItems().isEmpty()));

        assertEquals(0, (int) fx(() -> options.getFocusModel().getFocusedIndex()), "the keyboard starts on row one");
        robot.interact(() -> options.fireEvent(space()));
        robot.interact(() -> options.getFocusModel().focusNext());
        robot.interact(() -> options.fireEvent(space()));

        List<String> firstTwo = fx(() -> List.of(String.valueOf(options.getItems().get(0)),
                String.valueOf(options.getItems().get(1))));
        assertEquals(Set.copyOf(firstTwo), named(robot, "#filter-result", "Result: "));
        robot.interact(() -> options.fireEvent(space()));
        assertEquals(Set.of(firstTwo.get(0)), named(robot, "#filter-result", "Result: "), "Space again unticks");
    }

    private static KeyEvent space() {
        return new KeyEvent(KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE, false, false, false, false);
    }

    /** The values a pill names after its {@code prefix}, in any order. */
    private static Set<String> named(FxRobot robot, String pillId, String prefix) {
        String pill = text(robot, pillId);
        assertTrue(pill.startsWith(prefix), pill);
        return Set.of(pill.substring(prefix.length()).split(", "));
    }

    @Test
    void theFixIsShownBesideAProblem(FxRobot robot) {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 104, 104);
        choose(robot, "#filter-result", "Failed");
        window.waitForCount(robot, 0, 14, 104);

        TableView<AttemptRow> table = table(robot, "list-resets");
        boolean anyFix = fx(() -> {
            boolean found = false;
            for (AttemptRow row : table.getItems()) {
                String fix = DetailsCatalog.find(row.attempt().details()).flatMap(e -> e.fixText()).orElse("");
                String shown = String.valueOf(table.getColumns().get(6).getCellData(row));
                assertEquals(fix, shown);
                found |= !fix.isEmpty();
            }
            return found;
        });
        assertTrue(anyFix, "some failed attempt has a documented fix");
        assertEquals("Fix", fx(() -> table.getColumns().get(6).getText()));
    }

    @Test
    void anAttemptOpensItsDetailsWithItsEventsAndLinks(FxRobot robot) {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 104, 104);
        TableView<AttemptRow> table = table(robot, "list-resets");
        int index = fx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).attempt().correlationId() != null
                        && table.getItems().get(i).attempt().outcome() == Outcome.SUCCEEDED) {
                    return i;
                }
            }
            return -1;
        });
        AttemptRow row = fx(() -> table.getItems().get(index));

        robot.interact(() -> {
            table.scrollTo(index);
            table.getSelectionModel().clearAndSelect(index);
        });

        waitUntil("attempt details", () -> window.openBlades() == 2
                && window.blade(1) instanceof AttemptDetailsBlade
                && robot.lookup("#details-attempt-events").tryQuery().isPresent());
        assertEquals(row.attempt().user(), fx(() -> robot.lookup("#details-attempt-user")
                .queryAs(Labeled.class).getText()));
        TableView<?> events = robot.lookup("#details-attempt-events").queryAs(TableView.class);
        assertEquals(store.attemptEvents(row.id()).size(), fx(() -> events.getItems().size()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> events.getColumns().stream().mapToDouble(c -> c.getWidth()).sum() <= events.getWidth()),
                "the attempt's events fit the details blade without sideways scrolling");

        robot.clickOn("#details-flow");
        EventFilter flow = EventFilter.builder().correlationId(row.attempt().correlationId()).build();
        long flowCount = store.count(ListKind.EVENTS, flow);
        waitUntil("the flow", () -> window.openBlades() == 3 && window.blade(2) instanceof ListBlade<?> list
                && list.list().matchingProperty().get() == flowCount);
        assertEquals(flow, window.list(2).list().filter());
        assertTrue(text(robot, "#blade-2 #filter-correlation").contains(row.attempt().correlationId()));

        robot.clickOn("#blade-close-1");
        assertEquals(1, window.openBlades());
    }

    @Test
    void theUsersHistoryListsTheirAttempts(FxRobot robot) {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 104, 104);
        TableView<AttemptRow> table = table(robot, "list-resets");
        AttemptRow row = fx(() -> table.getItems().get(0));
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil("details", () -> robot.lookup("#details-history").tryQuery().isPresent());

        robot.clickOn("#details-history");

        EventFilter history = EventFilter.builder().user(row.attempt().user()).build();
        long count = store.count(ListKind.ATTEMPTS, history);
        waitUntil("history", () -> window.openBlades() == 3 && window.blade(2) instanceof ListBlade<?> list
                && list.list().matchingProperty().get() == count);
        assertEquals(history, window.list(2).list().filter());
    }

    @Test
    void anAdministratorCanBeMarkedFromAnAttemptsDetails(FxRobot robot) throws Exception {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 104, 104);
        TableView<AttemptRow> table = table(robot, "list-resets");
        AttemptRow row = fx(() -> table.getItems().get(0));
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil("details", () -> robot.lookup("#details-admin").tryQuery().isPresent());

        robot.clickOn("#details-admin");

        EventFilter admins = EventFilter.builder().user(row.attempt().user())
                .roles(java.util.Set.of("Administrator")).build();
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> store.count(ListKind.ATTEMPTS, admins) > 0);
        store.setAdministrator(row.attempt().user(), false);
    }

    @Test
    void anEventOpensEveryFieldAndTheRawRecordAndCloses(FxRobot robot) {
        robot.clickOn("#nav-auditlog");
        window.waitForCount(robot, 0, 259, 259);
        TableView<EventRow> table = table(robot, "list-auditlog");
        EventRow first = fx(() -> table.getItems().get(0));

        // the first row on screen, not the first row cell in the scene: the table keeps spare cells after a column
        // is hidden for room
        robot.clickOn(robot.lookup("#list-auditlog .table-row-cell")
                .match(r -> r instanceof javafx.scene.control.TableRow<?> row && row.getIndex() == 0 && row.isVisible())
                .queryAs(javafx.scene.Node.class));

        waitUntil("event details", () -> robot.lookup("#details-raw").tryQuery().isPresent());
        assertTrue(window.blade(1) instanceof EventDetailsBlade);
        assertEquals(first.activity(), fx(() -> robot.lookup("#details-event-activity")
                .queryAs(Labeled.class).getText()));
        String raw = fx(() -> robot.lookup("#details-raw").queryAs(TextArea.class).getText());
        assertTrue(raw.contains("\"activityDisplayName\" : \"" + first.activity() + "\""), raw);
        assertTrue(raw.contains("targetResources"));

        robot.clickOn("#blade-close-1");
        assertEquals(1, window.openBlades());
    }

    @Test
    void modifiedPropertiesShowOldAndNewValues(FxRobot robot) {
        robot.clickOn("#nav-auditlog");
        window.waitForCount(robot, 0, 259, 259);
        robot.clickOn("#filter-text").write("Update user").type(KeyCode.ENTER);
        EventFilter updates = EventFilter.builder().text("Update user").build();
        window.waitForCount(robot, 0, store.count(ListKind.EVENTS, updates), 259);
        EventRow row = store.events(updates, null, PageRequest.first(1)).rows().get(0);
        int modified = store.event(row.id()).orElseThrow().event().targets().get(0).modifiedProperties().size();
        TableView<EventRow> table = table(robot, "list-auditlog");

        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));

        waitUntil("event details", () -> robot.lookup("#details-raw").tryQuery().isPresent());
        if (modified > 0) {
            TableView<?> props = robot.lookup("#details-target-0-modified").queryAs(TableView.class);
            assertEquals(modified, fx(() -> props.getItems().size()));
        }
        assertTrue(robot.lookup("#details-target-0").tryQuery().isPresent());
    }

    @Test
    void registrationsOpenWithTheirCountAndFilterByMethod(FxRobot robot) {
        long all = store.count(ListKind.REGISTRATIONS, EventFilter.NONE);
        robot.clickOn("#nav-registrations");
        window.waitForCount(robot, 0, all, all);

        choose(robot, "#filter-method", "Security Questions");
        window.waitForCount(robot, 0, store.count(ListKind.REGISTRATIONS,
                EventFilter.builder().methods(Set.of(Method.SECURITY_QUESTIONS)).build()), all);

        TableView<Registration> table = table(robot, "list-registrations");
        Registration row = fx(() -> table.getItems().get(0));
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil("registration details", () -> robot.lookup("#details-raw").tryQuery().isPresent());
        assertEquals(row.activity(), fx(() -> robot.lookup("#details-event-activity")
                .queryAs(Labeled.class).getText()));
    }

    @Test
    void aRegistrationWhoseExportDoesNotSayItsDataShowsSoInTheListAndItsDetails(FxRobot robot) {
        long all = store.count(ListKind.REGISTRATIONS, EventFilter.NONE);
        robot.clickOn("#nav-registrations");
        window.waitForCount(robot, 0, all, all);
        TableView<Registration> table = table(robot, "list-registrations");
        Registration lidia = fx(() -> table.getItems().get(0));
        assertEquals("lidia.holloway@fabrikam.com", lidia.user());
        assertTrue(robot.lookup("#list-registrations .table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "Not in the export".equals(fx(cell::getText))));

        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil("registration details", () -> robot.lookup("#details-event-dataRegistered").tryQuery().isPresent());
        assertEquals("Not in the export", fx(() -> robot.lookup("#details-event-dataRegistered")
                .queryAs(Labeled.class).getText()));

        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        waitUntil("renee's details", () -> "Mobile Phone".equals(fx(() -> robot
                .lookup("#details-event-dataRegistered").queryAs(Labeled.class).getText())));
    }
}
