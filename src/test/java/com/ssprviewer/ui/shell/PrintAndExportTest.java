package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PrintAndExportTest {
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

    @Test
    void aBladeWithoutAListSaysItHasNothingToExportOrPrint(FxRobot robot) {
        shell.openOwnStore();

        robot.clickOn("#menu-file").clickOn("#menu-export-csv");
        assertEquals("Welcome has no list to export.", shell.window.model().status().getMessage());

        robot.clickOn("#menu-file").clickOn("#menu-print");
        assertEquals("Welcome has nothing to print.", shell.window.model().status().getMessage());
    }

    @Test
    void withNoBladeOpenPrintAsksForAView() {
        onFx(() -> shell.window.actions().print(null));

        assertEquals("Open a view first.", shell.window.model().status().getMessage());
    }
}
