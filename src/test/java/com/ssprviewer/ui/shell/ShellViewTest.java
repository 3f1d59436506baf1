package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.shell.ShellFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    ShellFixture shell;

    @Start
    void start(Stage stage) {
        shell = new ShellFixture(stage);
    }

    @AfterEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    @Test
    void theTitleBarNamesTheOpenStore() {
        assertEquals("SSPR Audit Viewer - contoso", shell.stage.getTitle());
    }

    @Test
    void eachNavigationEntryOpensItsRootBlade(FxRobot robot) {
        for (NavItem item : NavItem.values()) {
            robot.clickOn("#" + item.nodeId());

            assertEquals(I18n.get(item.key()), text(robot, "#blade-title-0"));
            assertEquals(I18n.get(item.key()), text(robot, "#breadcrumb-0"));
            assertEquals(1, shell.model.blades().size());
            assertEquals(item, shell.model.selectedProperty().get());
        }
    }

    @Test
    void selectingOrFocusingASideMenuEntryNeverMovesTheEntriesText(FxRobot robot) {
        robot.clickOn("#nav-resets");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);

        Set<Double> lefts = new TreeSet<>();
        for (NavItem item : NavItem.values()) {
            Node text = robot.lookup("#" + item.nodeId() + " .text").query();
            lefts.add(fx(() -> Math.rint(text.localToScene(text.getLayoutBounds()).getMinX())));
        }
        assertEquals(1, lefts.size(), "every entry's text starts at one x: " + lefts);
    }

    @Test
    void withNoBladeOpenTheWindowSaysWhereToStart(FxRobot robot) {
        assertTrue(robot.lookup(I18n.get("blades.empty")).tryQuery().isPresent());
        assertTrue(robot.lookup("#blade-0").tryQuery().isEmpty());
    }

    @Test
    void ctrlOImportsTheChosenFiles(FxRobot robot) {
        robot.clickOn("#nav-overview");

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        assertEquals(List.of(ShellFixture.CHOSEN), shell.actions.imports);
    }

    @Test
    void fileMenuActionsReachTheActions(FxRobot robot) {
        robot.clickOn("#nav-resets");

        robot.clickOn("File").clickOn("Import...");
        robot.clickOn("File").clickOn("Open store...");
        robot.clickOn("File").clickOn("Print...");
        robot.clickOn("File").clickOn("Export CSV...");

        assertEquals(List.of(ShellFixture.CHOSEN), shell.actions.imports);
        assertEquals(List.of(ShellFixture.OTHER_STORE), shell.actions.stores);
        assertEquals(shell.model.blades().last().orElseThrow(), shell.actions.printed.get(0));
        assertEquals(1, shell.actions.exported.size());
    }

    @Test
    void theDarkThemeSwapsTheRootStyleClass(FxRobot robot) {
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        assertTrue(shell.stage.getScene().getRoot().getStyleClass().contains(Styles.DARK));

        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        assertFalse(shell.stage.getScene().getRoot().getStyleClass().contains(Styles.DARK));
    }
}
