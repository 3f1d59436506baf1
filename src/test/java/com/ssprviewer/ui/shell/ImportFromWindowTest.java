package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.shell.WindowFixture.fx;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static com.ssprviewer.ui.shell.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.imports.ImportSummaryBlade;
import com.ssprviewer.ui.imports.ImportsBlade;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImportFromWindowTest {
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
    void importingShowsProgressThenASummaryWithCountsAndRejectedRows(FxRobot robot) {
        shell.openOwnStore();

        shell.importFiles(sample("broken-rows.csv"), sample("audit-logs-download.csv"), sample("not-an-export.txt"));
        shell.waitUntilIdle();

        assertTrue(shell.statusMessages.contains("Importing 1 of 3: broken-rows.csv"), shell.statusMessages.toString());
        assertTrue(shell.statusMessages.contains("Importing 3 of 3: not-an-export.txt"));
        assertInstanceOf(ImportSummaryBlade.class, shell.lastBlade());
        assertEquals("Imported", text(robot, "#summary-outcome-0"));
        assertEquals("broken-rows.csv: imported, Classic password reset activity (CSV), 8 rows read, 6 added,"
                + " 0 duplicates, 2 rejected", text(robot, "#summary-line-0"));
        List<String> rejected = robot.lookup("#summary-rejected-0").<ListView<String>>query().getItems();
        assertEquals(2, rejected.size());
        assertTrue(rejected.get(0).startsWith("broken-rows.csv:4: "), rejected.get(0));
        assertTrue(rejected.get(1).startsWith("broken-rows.csv:7: "), rejected.get(1));
        assertTrue(text(robot, "#summary-line-1").contains("82 rows read, 82 added, 0 duplicates, 0 rejected"));
        assertEquals("Refused", text(robot, "#summary-outcome-2"));
        assertTrue(text(robot, "#summary-line-2").startsWith("not-an-export.txt: refused: "));
        assertEquals("88", text(robot, "#summary-total-added"));
        assertEquals("Imported 2 files: 88 events added, 2 rows rejected. 1 file was refused or failed.",
                shell.window.model().status().getMessage());
    }

    @Test
    void anImportIntoAnEmptyStoreLeavesTheWelcomeForTheImportsListWithTheSummaryBeside(FxRobot robot) {
        shell.openOwnStore();

        shell.importFiles(sample("broken-rows.csv"));
        shell.waitUntilIdle();

        assertInstanceOf(ImportsBlade.class, fx(() -> shell.window.model().blades().blades().get(0)));
        assertEquals(NavItem.IMPORTS, fx(() -> shell.window.model().selectedProperty().get()));
        waitUntil(() -> ((ImportsBlade) shell.window.model().blades().blades().get(0)).rows().size() == 1);
    }

    @Test
    void cancellingUndoesTheFileBeingReadAndKeepsTheFilesBefore(FxRobot robot) throws Exception {
        Path big = BigExport.auditCsv(tmp);
        shell.openOwnStore();

        shell.importFiles(sample("broken-rows.csv"), big);
        waitUntil(() -> shell.window.model().status().getMessage().startsWith("Importing 2 of 2")
                && shell.window.model().status().getProgress() > 0);
        robot.clickOn("#status-cancel");
        shell.waitUntilIdle();

        assertEquals(6, shell.window.session().store().count(ListKind.EVENTS, EventFilter.NONE));
        assertEquals(1, shell.window.session().store().imports().size());
        assertEquals("Imported", text(robot, "#summary-outcome-0"));
        assertEquals("Canceled", text(robot, "#summary-outcome-1"));
        assertEquals(big.getFileName() + ": canceled, nothing stored", text(robot, "#summary-line-1"));
        assertTrue(shell.window.model().status().getMessage().startsWith("Import canceled"));
    }

    @Test
    void theStoreRefusesCallsFromTheFxThread() {
        shell.openOwnStore();

        Throwable thrown = fx(() -> {
            try {
                shell.window.session().store().imports();
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });

        assertInstanceOf(IllegalStateException.class, thrown);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
