package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.StoredView;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.ViewRange;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.lists.DateRange;
import com.ssprviewer.ui.lists.ListBlade;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SavedViewsInWindowTest {
    @TempDir
    Path tmp;
    WindowFixture shell;

    @Start
    void start(Stage stage) {
        shell = new WindowFixture(stage, tmp);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private ListBlade<?> filteredResets(FxRobot robot) {
        shell.openOwnStore();
        shell.importFiles(sample("classic-password-reset-activity.csv"));
        shell.waitUntilIdle();
        shell.click(robot, "#nav-resets");
        ListBlade<?> resets = assertInstanceOf(ListBlade.class, shell.lastBlade());
        onFx(() -> {
            results(resets, Outcome.BLOCKED, Outcome.FAILED);
            resets.filters().rangeProperty().set(DateRange.MONTH);
            sortByUser(resets);
            resets.table().hide("role");
        });
        return resets;
    }

    private static void results(ListBlade<?> blade, Outcome... outcomes) {
        blade.filters().inBatch(() -> {
            blade.filters().results().clear();
            blade.filters().results().addAll(List.of(outcomes));
        });
    }

    private static <R> void sortByUser(ListBlade<R> blade) {
        TableColumn<R, Object> user = blade.table().column("user");
        user.setSortType(TableColumn.SortType.ASCENDING);
        blade.table().view().getSortOrder().setAll(List.of(user));
    }

    @Test
    void aViewSavedFromAFilteredListAppearsUnderItsBladeAndOpensWithItsFiltersSortAndColumns(FxRobot robot) {
        ListBlade<?> resets = filteredResets(robot);
        List<String> shownColumns = fx(() -> resets.table().visibleColumns().stream().map(ListColumn::id).toList());
        shell.viewNames.add("  Blocked or failed ");
        shell.click(robot, "#list-save-view");
        waitUntil("the view is listed", () -> shell.has(robot, "#nav-view-attempts-0"));
        assertEquals("Blocked or failed", shell.text(robot, "#nav-view-attempts-0"));
        Node entry = shell.node(robot, "#nav-resets");
        Node views = shell.node(robot, "#nav-resets-views");
        assertEquals(fx(() -> entry.getParent().getChildrenUnmodifiable().indexOf(entry)) + 1,
                fx(() -> views.getParent().getChildrenUnmodifiable().indexOf(views)),
                "the view sits right under its blade's entry");

        onFx(() -> resets.filters().clear());
        shell.click(robot, "#nav-auditlog");
        shell.click(robot, "#nav-view-attempts-0");
        Blade opened = shell.lastBlade();
        ListBlade<?> view = assertInstanceOf(ListBlade.class, opened);
        assertEquals("Blocked or failed", fx(view::subtitle));
        assertEquals(Set.of(Outcome.BLOCKED, Outcome.FAILED), fx(() -> Set.copyOf(view.filters().results())));
        assertEquals(DateRange.MONTH, fx(() -> view.filters().rangeProperty().get()));
        assertEquals(new Sort(AttemptSort.USER, false), fx(() -> view.list().sort()));
        assertEquals("col-user", fx(() -> view.table().view().getSortOrder().get(0).getId()));
        assertEquals(shownColumns, fx(() -> view.table().visibleColumns().stream().map(ListColumn::id).toList()));
        assertFalse(shownColumns.contains("role"));
        assertEquals(NavItem.RESETS, fx(() -> shell.window.model().selectedProperty().get()));
        shell.assertNoFxThreadFailures();
    }

    @Test
    void savingUnderATakenNameAsksBeforeReplacing(FxRobot robot) {
        ListBlade<?> resets = filteredResets(robot);
        shell.viewNames.add("Mine");
        shell.click(robot, "#list-save-view");
        waitUntil(() -> fx(() -> shell.window.model().savedViews().size()) == 1);
        onFx(() -> results(resets, Outcome.SUCCEEDED));
        shell.viewNames.add("MINE");
        shell.viewAnswers.add(false);
        shell.click(robot, "#list-save-view");
        waitUntil("the question is asked", () -> shell.viewQuestions.size() == 1);
        assertEquals(List.of("replace MINE"), List.copyOf(shell.viewQuestions));
        shell.viewNames.add("Mine");
        shell.viewAnswers.add(true);
        shell.click(robot, "#list-save-view");
        waitUntil("the view is replaced", () -> fx(() -> shell.window.model().savedViews().get(0).view().filter()
                .results()).equals(Set.of(Outcome.SUCCEEDED)));
        assertEquals(1, fx(() -> shell.window.model().savedViews().size()));
        shell.assertNoFxThreadFailures();
    }

    @Test
    void aViewIsRenamedDeletedExportedAndImportedFromItsMenu(FxRobot robot) throws Exception {
        filteredResets(robot);
        shell.viewNames.add("Mine");
        shell.click(robot, "#list-save-view");
        waitUntil(() -> shell.has(robot, "#nav-view-attempts-0"));
        assertEquals(List.of("nav-view-rename", "nav-view-delete", "nav-view-export"),
                fx(() -> shell.<Button>node(robot, "#nav-view-attempts-0").getContextMenu().getItems().stream()
                        .map(MenuItem::getId).toList()));
        ViewActions actions = shell.window.actions().savedViews();
        StoredView mine = fx(() -> shell.window.model().savedViews().get(0));

        shell.viewNames.add("Ours");
        onFx(() -> actions.rename(mine));
        waitUntil("renamed", () -> "Ours".equals(fx(() -> shell.window.model().savedViews().get(0).view().name())));
        StoredView ours = fx(() -> shell.window.model().savedViews().get(0));

        shell.viewFile = tmp.resolve("ours.json");
        onFx(() -> actions.export(ours));
        waitUntil("exported", () -> Files.exists(shell.viewFile));

        shell.viewAnswers.add(true);
        onFx(() -> actions.delete(ours));
        waitUntil("deleted", () -> fx(() -> shell.window.model().savedViews().isEmpty()));
        assertFalse(shell.has(robot, "#nav-view-attempts-0"));

        robot.clickOn("#menu-file").clickOn("#menu-import-view");
        waitUntil("imported", () -> fx(() -> shell.window.model().savedViews().size()) == 1);
        assertEquals(ours.view(), fx(() -> shell.window.model().savedViews().get(0).view()));

        Path foreign = tmp.resolve("audit.json");
        Files.copy(sample("audit-logs-download.json"), foreign);
        onFx(() -> actions.importView(foreign));
        waitUntil("refused", () -> fx(() -> shell.window.model().status().getMessage()).startsWith("audit.json"));
        assertEquals("audit.json is not a saved view of SSPR Audit Viewer (it has no \"format\": \"sspr-audit-viewer"
                + " view\"); choose a file written by Export view.",
                fx(() -> shell.window.model().status().getMessage()));
        shell.assertNoFxThreadFailures();
    }

    @Test
    void aStoreOpensWithTheViewsItCarries(FxRobot robot) throws Exception {
        try (Store store = Store.open(shell.storeDir)) {
            store.saveView(new SavedView("Failures", ListKind.EVENTS, ViewRange.ALL,
                    EventFilter.builder().statuses(Set.of(Status.FAILURE)).build(), null, null), false);
        }
        shell.openOwnStore();
        waitUntil("the store's view is listed", () -> shell.has(robot, "#nav-view-events-0"));
        assertEquals("Failures", shell.text(robot, "#nav-view-events-0"));
        shell.click(robot, "#nav-view-events-0");
        ListBlade<?> events = assertInstanceOf(ListBlade.class, shell.lastBlade());
        assertEquals(Set.of(Status.FAILURE), fx(() -> Set.copyOf(events.filters().statuses())));
        assertEquals(NavItem.AUDIT_LOG, fx(() -> shell.window.model().selectedProperty().get()));
        shell.assertNoFxThreadFailures();
    }
}
