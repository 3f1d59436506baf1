package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.Removal;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.removal.RemovalFlow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window keeps the store's retention setting, removes old data once the person confirmed the counts it shows,
 * and forgets a user from their details: their rows leave the lists and the import history names no one.
 */
@ExtendWith(ApplicationExtension.class)
class RemovalFromWindowTest {
    @TempDir
    Path tmp;
    WindowFixture shell;

    @Start
    void start(Stage stage) {
        shell = new WindowFixture(stage, tmp);
    }

    @AfterEach
    void close() {
        shell.assertNoFxThreadFailures();
        shell.close();
    }

    @Test
    void theRetentionSettingIsSavedWithTheStoreAndShownAgain(FxRobot robot) throws TimeoutException {
        shell.openOwnStore();
        shell.click(robot, "#nav-imports");
        waitUntil(() -> Integer.valueOf(0).equals(fx(() -> keep(robot).getValue())));
        assertEquals("Everything, for good", fx(() -> keep(robot).getButtonCell().getText()));
        assertTrue(fx(() -> shell.node(robot, "#retention-remove-now").isDisabled()), "nothing to remove by age");

        onFx(() -> keep(robot).setValue(12));

        saved(12);
        shell.click(robot, "#nav-auditlog");
        shell.click(robot, "#nav-imports");
        waitUntil(() -> Integer.valueOf(12).equals(fx(() -> keep(robot).getValue())));
        assertEquals("The last 12 months", fx(() -> keep(robot).getButtonCell().getText()));
        assertFalse(fx(() -> shell.node(robot, "#retention-remove-now").isDisabled()));
    }

    @Test
    void removeNowShowsWhatWouldGoAndRemovesItOnceConfirmed(FxRobot robot) throws TimeoutException {
        shell.openOwnStore();
        shell.importFiles(sample("audit-logs-download.csv"), sample("classic-password-reset-activity.csv"));
        shell.waitUntilIdle();
        shell.click(robot, "#nav-imports");
        waitUntil(() -> imports(robot).getItems().size() == 2);
        onFx(() -> keep(robot).setValue(1));
        saved(1);
        LocalDate cutOff = LocalDate.now(ZoneOffset.UTC).minusMonths(1);
        Removal expected = store().removeOlderThan(cutOff, false);
        assertTrue(expected.events() > 0, "the samples are older than a month");

        shell.click(robot, "#retention-remove-now");

        DialogPane confirm = dialog(robot);
        assertEquals(fx(() -> RemovalFlow.counts(expected)), fx(confirm::getContentText));
        assertTrue(fx(confirm::getHeaderText).contains(cutOff.toString()), fx(confirm::getHeaderText));
        assertEquals(expected.events(), store().count(ListKind.EVENTS, EventFilter.NONE), "nothing goes unasked");

        robot.clickOn("Remove");

        waitUntil(() -> imports(robot).getItems().size() == 3);
        assertTrue(imports(robot).getItems().get(0).fileName().startsWith("retention: "),
                imports(robot).getItems().get(0).fileName());
        assertEquals(0, store().count(ListKind.EVENTS, EventFilter.NONE));
    }

    @Test
    void forgettingAUserFromTheirDetailsTakesTheirRowsOutOfTheListsAndNamesNoOne(FxRobot robot) {
        shell.openOwnStore();
        shell.importFiles(sample("classic-password-reset-activity.csv"));
        shell.waitUntilIdle();
        shell.click(robot, "#nav-resets");
        TableView<AttemptRow> table = shell.node(robot, "#list-resets #list-table");
        waitUntil(() -> !fx(() -> table.getItems()).isEmpty());
        long before = store().count(ListKind.ATTEMPTS, EventFilter.NONE);
        String user = fx(() -> table.getItems().get(0).attempt().user());
        long theirs = store().count(ListKind.ATTEMPTS, EventFilter.builder().user(user).build());
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> shell.has(robot, "#details-forget"));

        shell.click(robot, "#details-forget");

        DialogPane confirm = dialog(robot);
        assertTrue(fx(confirm::getHeaderText).contains(user), fx(confirm::getHeaderText));
        assertTrue(fx(confirm::getContentText).contains(theirs + " attempts"), fx(confirm::getContentText));
        robot.clickOn("Remove");

        waitUntil(() -> fx(() -> table.getItems().size()) == before - theirs
                && fx(() -> table.getItems().stream().noneMatch(r -> user.equals(r.attempt().user()))));
        assertFalse(shell.has(robot, "#details-forget"), "the details of a forgotten row close");
        ImportRecord logged = store().imports().get(0);
        assertTrue(logged.fileName().matches("forgot a user: [0-9,]+ rows"), logged.fileName());
        assertFalse(logged.toString().toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT)));
    }

    /** Waits, off the FX thread (the store refuses it), until the store keeps {@code months}. */
    private void saved(int months) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store().keepMonths().equals(Optional.of(months)));
    }

    private Store store() {
        return shell.window.session().store();
    }

    private ComboBox<Integer> keep(FxRobot robot) {
        return shell.node(robot, "#retention-keep");
    }

    private TableView<ImportRecord> imports(FxRobot robot) {
        return shell.node(robot, "#imports-table");
    }

    private static DialogPane dialog(FxRobot robot) {
        waitUntil("the confirmation", () -> robot.lookup("#removal-confirm").tryQuery().isPresent());
        return robot.lookup("#removal-confirm").query();
    }
}
