package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.onFx;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.MemoryPreferences;
import com.ssprviewer.ui.common.Styles;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.common.TimeMode;
import java.nio.file.Path;
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
        assertEquals("Översikt", shell.<Button>node(robot, "#nav-overview").getText());
        assertTrue(shell.stage.getScene().getRoot().getStyleClass().contains(Styles.DARK));
        assertEquals("Datum (" + java.time.ZoneId.systemDefault().getId() + ")",
                shell.text(robot, "#status-time-mode"));
    }

    @Test
    void theWelcomeSummaryAndImportsBladesSpeakSwedish(FxRobot robot) {
        shell.openOwnStore();
        assertEquals("Utforska exempeldata", shell.<Button>node(robot, "#welcome-sample").getText());
        assertEquals("Välkommen", shell.text(robot, "#blade-title-0"));

        shell.importFiles(sample("broken-rows.csv"));
        shell.waitUntilIdle();

        assertEquals("Importsammanfattning", shell.text(robot, "#blade-title-0"));
        assertEquals("Importerad, med avvisade", shell.text(robot, "#summary-outcome-0"));
        assertEquals("8 rader lästa, 6 tillagda, 0 dubbletter, 2 avvisade", shell.text(robot, "#summary-line-0"));
        assertEquals("Klassisk aktivitet för lösenordsåterställning (CSV)", shell.text(robot, "#summary-format-0"));

        shell.click(robot, "#nav-imports");
        assertEquals("Importer", shell.text(robot, "#blade-title-0"));
        assertEquals("Fil", firstColumn(robot));

        onFx(() -> shell.window.model().languageProperty().set(AppLanguage.ENGLISH));

        assertEquals("Imports", shell.text(robot, "#blade-title-0"));
        assertEquals("File", firstColumn(robot));
    }

    private String firstColumn(FxRobot robot) {
        TableView<?> table = shell.node(robot, "#imports-table");
        return table.getColumns().get(0).getText();
    }
}
