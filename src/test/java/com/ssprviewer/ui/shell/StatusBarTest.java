package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.shell.ShellFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Tasks;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    final BackgroundExecutor background = BackgroundExecutor.create("status-test", 1);
    ShellFixture shell;

    @Start
    void start(Stage stage) {
        shell = new ShellFixture(stage);
    }

    @AfterEach
    void stop() {
        background.close();
    }

    @Test
    void progressAndCancelShowOnlyWhileWorkRuns(FxRobot robot) {
        ProgressBar progress = robot.lookup("#status-progress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#status-cancel").queryAs(Button.class);
        assertFalse(progress.isVisible());
        assertFalse(cancel.isVisible());
    }

    @Test
    void aRunningTaskShowsItsProgressAndCancelStopsIt(FxRobot robot) throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        robot.interact(() -> Tasks.createReporting(reporter -> {
            reporter.message("Importing a.csv");
            reporter.progress(50, 100);
            halfway.countDown();
            while (true) {
                reporter.checkCancelled();
                Thread.sleep(10);
            }
        }).showingIn(shell.model.status(), "Starting import").onCancelled(cancelled::countDown).runOnce(background));
        assertTrue(halfway.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#status-progress").queryAs(ProgressBar.class).getProgress() == 0.5);

        assertTrue(robot.lookup("#status-cancel").queryAs(Button.class).isVisible());
        assertEquals("Importing a.csv", text(robot, "#status-message"));

        robot.clickOn("#status-cancel");

        assertTrue(cancelled.await(5, TimeUnit.SECONDS));
        waitUntilIdle(robot);
        assertEquals(I18n.get("status.cancelled"), text(robot, "#status-message"));
        assertFalse(robot.lookup("#status-progress").queryAs(ProgressBar.class).isVisible());
    }

    private void waitUntilIdle(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shell.model.status().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
