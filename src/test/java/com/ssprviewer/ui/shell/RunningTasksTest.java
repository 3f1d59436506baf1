package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.ShellFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Tasks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RunningTasksTest {
    final BackgroundExecutor background = BackgroundExecutor.create("tasks-test", 2);
    final LongTask importing = new LongTask("Importing a.csv (1 of 2)", 0.25);
    final LongTask printing = new LongTask("Printing page 3 of 8", 0.75);
    ShellFixture shell;

    @Start
    void start(Stage stage) {
        shell = new ShellFixture(stage);
    }

    @AfterEach
    void stop() {
        importing.stop.set(true);
        printing.stop.set(true);
        background.close();
        fx(() -> {
            I18n.setLocale(AppLanguage.ENGLISH.locale());
            return null;
        });
    }

    @Test
    void twoTasksAtOnceAreSummedUpInTheStatusBarAndListedWhenItIsClicked(FxRobot robot) throws Exception {
        startBoth(robot);

        assertEquals("2 tasks running", text(robot, "#status-tasks"));
        robot.clickOn("#status-tasks");

        waitUntil("both tasks listed", () -> titles(robot).size() == 2);
        assertEquals(List.of("Importing 2 files...", "Printing Overview..."), titles(robot));
        assertTrue(fx(() -> messages(robot)).containsAll(List.of(importing.message, printing.message)));
        waitUntil("each row shows its task's progress", () -> progressOf(robot, "Importing 2 files...") == 0.25
                && progressOf(robot, "Printing Overview...") == 0.75);
    }

    @Test
    void cancellingOneTaskInTheListStopsThatTaskOnlyAndTheSummaryFollows(FxRobot robot) throws Exception {
        startBoth(robot);
        robot.clickOn("#status-tasks");
        waitUntil("both tasks may be cancelled", () -> titles(robot).size() == 2
                && !cancelOf(robot, "Importing 2 files...").isDisabled());

        robot.clickOn(fx(() -> cancelOf(robot, "Importing 2 files...")));

        assertTrue(importing.cancelled.await(10, TimeUnit.SECONDS), "the import saw its cancel");
        waitUntil("the cancelled task leaves the list", () -> titles(robot).equals(List.of("Printing Overview...")));
        assertEquals("1 task running", text(robot, "#status-tasks"));
        assertEquals(1, printing.cancelled.getCount(), "the print job was not cancelled");
        assertEquals(0.75, robot.lookup("#status-progress").queryAs(ProgressBar.class).getProgress(),
                "the bar shows the progress of the task still running");

        printing.stop.set(true);
        waitUntil("the list is empty once the other task has finished", () -> titles(robot).isEmpty());
        assertFalse(robot.lookup("#status-tasks").query().isVisible());
    }

    @Test
    void theListAndItsSummarySpeakSwedish(FxRobot robot) throws Exception {
        fx(() -> {
            I18n.setLocale(AppLanguage.SWEDISH.locale());
            return null;
        });
        startBoth(robot);
        assertEquals("2 uppgifter pågår", text(robot, "#status-tasks"));
        robot.clickOn("#status-tasks");
        waitUntil("both tasks listed", () -> titles(robot).size() == 2);
        assertEquals("Avbryt", fx(() -> cancelOf(robot, "Printing Overview...").getText()));
    }

    private void startBoth(FxRobot robot) throws InterruptedException {
        robot.interact(() -> {
            importing.start(shell, background, "Importing 2 files...");
            printing.start(shell, background, "Printing Overview...");
        });
        assertTrue(importing.running.await(10, TimeUnit.SECONDS));
        assertTrue(printing.running.await(10, TimeUnit.SECONDS));
        waitUntil("the summary counts both", () -> shell.model.status().running().size() == 2);
    }

    private static List<Node> rows(FxRobot robot) {
        return robot.lookup("#" + RunningTasksView.ID).lookup(".task-list-cell").queryAll().stream()
                .filter(cell -> cell.lookup(".task-title") != null)
                .filter(cell -> !((Labeled) cell.lookup(".task-title")).getText().isEmpty())
                .toList();
    }

    private static List<String> titles(FxRobot robot) {
        return rows(robot).stream().map(cell -> ((Labeled) cell.lookup(".task-title")).getText()).toList();
    }

    private static List<String> messages(FxRobot robot) {
        return rows(robot).stream().map(cell -> ((Labeled) cell.lookup(".task-message")).getText()).toList();
    }

    private static Optional<Node> row(FxRobot robot, String title) {
        return rows(robot).stream()
                .filter(cell -> title.equals(((Labeled) cell.lookup(".task-title")).getText())).findFirst();
    }

    private static double progressOf(FxRobot robot, String title) {
        return row(robot, title).map(cell -> ((ProgressBar) cell.lookup(".task-progress-bar")).getProgress())
                .orElse(-2.0);
    }

    private static Button cancelOf(FxRobot robot, String title) {
        return (Button) row(robot, title).orElseThrow().lookup(".task-cancel-button");
    }

    /** Work that reports a message and a share done, then runs until it is cancelled or told to stop. */
    private static final class LongTask {
        final String message;
        final double share;
        final CountDownLatch running = new CountDownLatch(1);
        final CountDownLatch cancelled = new CountDownLatch(1);
        final AtomicBoolean stop = new AtomicBoolean();

        LongTask(String message, double share) {
            this.message = message;
            this.share = share;
        }

        void start(ShellFixture shell, BackgroundExecutor worker, String title) {
            Tasks.createReporting(reporter -> {
                reporter.message(message);
                reporter.progress(Math.round(share * 100), 100);
                running.countDown();
                while (!stop.get()) {
                    reporter.checkCancelled();
                    Thread.sleep(10);
                }
                return null;
            }).showingIn(shell.model.status(), title).onCancelled(cancelled::countDown).runOnce(worker);
        }
    }
}
