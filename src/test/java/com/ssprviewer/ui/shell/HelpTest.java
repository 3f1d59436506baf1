package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.shell.ShellFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.CutTexts;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Shortcut;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HelpTest {
    ShellFixture shell;

    @Start
    void start(Stage stage) {
        shell = new ShellFixture(stage);
    }

    @AfterEach
    void closeDialogs() {
        onFx(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != shell.stage && w instanceof Stage)
                    .forEach(w -> ((Stage) w).close());
            I18n.setLocale(AppLanguage.ENGLISH.locale());
        });
    }

    @Test
    void aboutNamesTheBuildsVersionTheLicenceAndTheOpenStoresFolder(FxRobot robot) {
        Path folder = Path.of("stores", "contoso").toAbsolutePath();
        onFx(() -> shell.model.storeFolderProperty().set(folder));

        robot.clickOn("#menu-help").clickOn("#menu-about");

        assertEquals("Version " + AboutInfo.ofThisBuild().version(), text(robot, "#about-version"));
        assertFalse(text(robot, "#about-version").contains(I18n.get("about.devVersion")));
        assertTrue(text(robot, "#about-licence").contains("Apache License, Version 2.0"));
        assertEquals(folder.toString(), robot.lookup("#about-store").queryAs(TextField.class).getText());
    }

    @Test
    void aboutListsTheThirdPartyComponentsWithTheirLicences(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#menu-about");

        TableView<?> table = robot.lookup("#about-components").queryAs(TableView.class);
        assertEquals(AboutInfo.ofThisBuild().components(), table.getItems());
        assertTrue(table.getItems().size() >= 6, "" + table.getItems());
    }

    @Test
    void aboutShowsEveryComponentsNameVersionLicenceAndSiteWhole(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#menu-about");
        TableView<?> table = robot.lookup("#about-components").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(fx(() -> table.lookupAll(".table-cell").size()) >= 4 * AboutInfo.ofThisBuild().components().size());
        assertEquals(List.of(), fx(() -> CutTexts.under(table)));
    }

    @Test
    void f1ShowsEveryShortcutWithItsKeys(FxRobot robot) {
        robot.clickOn("#nav-overview");

        robot.press(KeyCode.F1).release(KeyCode.F1);

        for (Shortcut shortcut : Shortcut.values()) {
            assertEquals(shortcut.displayText(), text(robot, "#shortcut-" + shortcut.name().toLowerCase()));
        }
    }

    @Test
    void aDialogSpeaksTheWindowsLanguageAndWearsItsTheme(FxRobot robot) {
        onFx(() -> {
            shell.model.languageProperty().set(AppLanguage.SWEDISH);
            shell.model.themeProperty().set(Theme.DARK);
        });

        robot.press(KeyCode.F1).release(KeyCode.F1);

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Stäng", fx(() -> ((Labeled) pane.lookupButton(ButtonType.CLOSE)).getText()));
        assertEquals("Kortkommandon", fx(pane::getHeaderText));
        assertTrue(fx(() -> pane.getStyleClass().contains(Styles.DARK)));
    }

    @Test
    void theSheetsKeysAreTheOnesTheMenusAnswer(FxRobot robot) {
        assertEquals(Shortcut.IMPORT.combination(), menuItem(robot, "menu-import").getAccelerator());
        assertEquals(Shortcut.PRINT.combination(), menuItem(robot, "menu-print").getAccelerator());
        assertEquals(Shortcut.SHORTCUTS.combination(), menuItem(robot, "menu-shortcuts").getAccelerator());
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
