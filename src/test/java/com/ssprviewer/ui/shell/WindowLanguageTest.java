package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.shell.ImportFromWindowTest.text;
import static com.ssprviewer.ui.shell.WindowFixture.onFx;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.common.TimeMode;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowLanguageTest {
    @TempDir
    Path tmp;
    WindowFixture shell;

    @Start
    void start(Stage stage) {
        AppPreferences preferences = new AppPreferences(new MemoryPreferences());
        preferences.setLanguage(AppLanguage.SWEDISH);
        preferences.setTheme(Theme.DARK);
        preferences.setTimeMode(TimeMode.LOCAL);
        shell = new WindowFixture(stage, tmp, preferences);
    }

    @AfterEach
    void close() {
        shell.assertNoFxThreadFailures();
        shell.close();
    }

    @Test
    void savedPreferencesApplyWhenTheWindowOpens(FxRobot robot) {
        assertEquals("Översikt", robot.lookup("#nav-overview").queryAs(Button.class).getText());
        assertTrue(shell.stage.getScene().getRoot().getStyleClass().contains(Styles.DARK));
        assertEquals("Datum (lokal tid)", text(robot, "#status-time-mode"));
    }

    @Test
    void theWelcomeSummaryAndImportsBladesSpeakSwedish(FxRobot robot) {
        shell.openOwnStore();
        assertEquals("Utforska exempeldata", robot.lookup("#welcome-sample").queryAs(Button.class).getText());
        assertEquals("Välkommen", text(robot, "#blade-title-0"));

        shell.importFiles(sample("broken-rows.csv"));
        shell.waitUntilIdle();

        assertEquals("Importsammanfattning", text(robot, "#blade-title-1"));
        assertEquals("Importerad", text(robot, "#summary-outcome-0"));
        assertTrue(text(robot, "#summary-line-0").endsWith("8 rader lästa, 6 tillagda, 0 dubbletter, 2 avvisade"));
        assertEquals("Importer", text(robot, "#blade-title-0"));
        assertEquals("Fil", firstColumn(robot));

        onFx(() -> shell.window.model().languageProperty().set(AppLanguage.ENGLISH));

        assertEquals("Import summary", text(robot, "#blade-title-1"));
        assertEquals("File", firstColumn(robot));
    }

    private static String firstColumn(FxRobot robot) {
        TableView<?> table = robot.lookup("#imports-table").queryAs(TableView.class);
        return table.getColumns().get(0).getText();
    }
}
