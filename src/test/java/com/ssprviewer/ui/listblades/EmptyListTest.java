package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.lists.SampleStore;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
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

/** A list without rows says why, and offers the way out: Import for an empty store, clearing for filters. */
@ExtendWith(ApplicationExtension.class)
class EmptyListTest {
    @TempDir
    static Path dir;
    static Store empty;
    static Store samples;
    ListWindow window;
    Stage stage;

    @BeforeAll
    static void open() {
        empty = SampleStore.open(dir.resolve("empty"), List.of());
        samples = SampleStore.samples(dir.resolve("samples"));
    }

    @AfterAll
    static void closeStores() {
        empty.close();
        samples.close();
    }

    @Start
    void start(Stage stage) {
        // each test opens its own window on the store it needs
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void anEmptyStoresListSaysNothingIsStoredAndOffersImport(FxRobot robot) {
        robot.interact(() -> window = new ListWindow(stage, empty, null));
        robot.clickOn("#nav-auditlog");
        waitUntil("the empty list", () -> visible(robot, "#list-empty-import"));

        assertEquals("Nothing of this kind is stored yet. Import an export to see it here.",
                fx(() -> robot.lookup("#list-empty").queryAs(Labeled.class).getText()));
        assertFalse(visible(robot, "#list-empty-clear"));
        robot.clickOn("#list-empty-import");
        assertEquals(1, window.importsAsked.get());
    }

    @Test
    void filtersThatHideEveryRowSaySoAndClearWithOneClick(FxRobot robot) {
        robot.interact(() -> window = new ListWindow(stage, samples, null));
        robot.clickOn("#nav-auditlog");
        window.waitForCount(robot, 0, 259, 259);
        robot.clickOn("#filter-text").write("no-such-user-anywhere").type(KeyCode.ENTER);
        waitUntil("the empty list", () -> visible(robot, "#list-empty-clear"));

        assertEquals("No rows match these filters.",
                fx(() -> robot.lookup("#list-empty").queryAs(Labeled.class).getText()));
        assertFalse(visible(robot, "#list-empty-import"));
        robot.clickOn("#list-empty-clear");
        window.waitForCount(robot, 0, 259, 259);
        assertTrue(fx(() -> robot.lookup("#filter-text").queryAs(TextField.class)
                .getText().isEmpty()));
    }

    private static boolean visible(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }
}
