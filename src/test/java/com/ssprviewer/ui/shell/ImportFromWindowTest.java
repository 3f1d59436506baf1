package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.imports.ImportSummaryBlade;
import com.ssprviewer.ui.imports.ImportsBlade;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
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

        // the status shows the latest message each frame, so a file imported within one frame may pass unseen
        assertTrue(shell.statusMessages.stream().anyMatch(m -> m.matches("Importing [123] of 3: .+")),
                shell.statusMessages.toString());
        assertInstanceOf(ImportSummaryBlade.class, shell.lastBlade());
        assertEquals("Imported, with rejects", shell.text(robot, "#summary-outcome-0"), "rejected rows are no"
                + " clean import");
        assertTrue(shell.<Label>node(robot, "#summary-outcome-0").getStyleClass().contains("badge-warn"));
        assertEquals("Classic password reset activity (CSV)", shell.text(robot, "#summary-format-0"));
        assertEquals("8 rows read, 6 added, 0 duplicates, 2 rejected", shell.text(robot, "#summary-line-0"));
        List<String> rejected = shell.<ListView<String>>node(robot, "#summary-rejected-0").getItems();
        assertEquals(2, rejected.size());
        assertTrue(rejected.get(0).startsWith("broken-rows.csv:4: "), rejected.get(0));
        assertTrue(rejected.get(1).startsWith("broken-rows.csv:7: "), rejected.get(1));
        assertEquals("82 rows read, 82 added, 0 duplicates, 0 rejected", shell.text(robot, "#summary-line-1"));
        assertEquals("Imported", shell.text(robot, "#summary-outcome-1"));
        assertTrue(shell.<Label>node(robot, "#summary-outcome-1").getStyleClass().contains("badge-ok"));
        assertEquals("Refused", shell.text(robot, "#summary-outcome-2"));
        assertTrue(shell.text(robot, "#summary-line-2").startsWith("Refused: "));
        assertEquals("88", shell.text(robot, "#summary-total-added"));
        assertEquals("Imported 2 files: 88 events added, 2 rows rejected. 1 file was refused or failed.",
                shell.window.model().status().getMessage());
    }

    @Test
    void aRoleListImportsFromTheWindowWithItsRejectedRows(FxRobot robot) throws Exception {
        shell.openOwnStore();
        Path roles = tmp.resolve("roles.csv");
        try (java.io.InputStream in = getClass().getResourceAsStream("/roles/role-assignments.csv")) {
            java.nio.file.Files.copy(in, roles);
        }

        onFxRun(() -> shell.window.actions().importRoleLists(List.of(roles)));
        shell.waitUntilIdle();

        assertInstanceOf(ImportSummaryBlade.class, shell.lastBlade());
        assertEquals("Role assignments (CSV)", shell.text(robot, "#summary-format-0"));
        assertEquals("4 rows read, 2 added, 0 duplicates, 2 rejected", shell.text(robot, "#summary-line-0"));
    }

    @Test
    void aFinishedImportIsAnnouncedOverTheWindowWithItsCountsAndRejectsAsAWarning(FxRobot robot) {
        shell.openOwnStore();

        shell.importFiles(sample("broken-rows.csv"), sample("audit-logs-download.csv"));
        shell.waitUntilIdle();

        waitUntil(() -> !noticeTexts().isEmpty());
        List<String> texts = noticeTexts();
        assertTrue(texts.contains("Imported, with rejects"), texts.toString());
        assertTrue(texts.contains("Imported 2 files: 88 events added, 2 rows rejected."), texts.toString());
        assertTrue(fx(() -> notices().stream().anyMatch(popup -> popup.getScene().getRoot()
                .lookup(".import-notice-warning") != null)),
                "rejected rows make the notice a warning");
    }

    @Test
    void aCleanImportIsAnnouncedAsFinished(FxRobot robot) {
        shell.openOwnStore();

        shell.importFiles(sample("audit-logs-download.csv"));
        shell.waitUntilIdle();

        waitUntil(() -> !noticeTexts().isEmpty());
        List<String> texts = noticeTexts();
        assertTrue(texts.contains("Import finished"), texts.toString());
        assertTrue(texts.contains("Imported 1 file: 82 events added, 0 rows rejected."), texts.toString());
        assertTrue(fx(() -> notices().stream().noneMatch(popup -> popup.getScene().getRoot()
                .lookup(".import-notice-warning") != null)), "a clean import is no warning");
    }

    /** The notification popups over this test's window. */
    private List<PopupWindow> notices() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof PopupWindow popup && popup.getOwnerWindow() == shell.stage
                        && popup.getScene().getRoot().lookup(".import-notice") != null)
                .map(window -> (PopupWindow) window)
                .toList();
    }

    private List<String> noticeTexts() {
        return fx(() -> notices().stream()
                .flatMap(popup -> popup.getScene().getRoot().lookupAll(".label").stream())
                .filter(node -> node instanceof Labeled)
                .map(node -> ((Labeled) node).getText())
                .toList());
    }

    private static void onFxRun(Runnable r) {
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, r);
    }

    @Test
    void theSummaryOfTheFirstImportTakesThePlaceOfTheWelcome(FxRobot robot) {
        shell.openOwnStore();

        shell.importFiles(sample("broken-rows.csv"));
        shell.waitUntilIdle();

        assertEquals(1, (int) fx(() -> shell.window.model().blades().size()));
        assertInstanceOf(ImportSummaryBlade.class, shell.lastBlade());
        shell.click(robot, "#nav-imports");
        waitUntil(() -> ((ImportsBlade) shell.window.model().blades().blades().get(0)).rows().size() == 1);
    }

    @Test
    void cancellingUndoesTheFileBeingReadAndKeepsTheFilesBefore(FxRobot robot) throws Exception {
        Path big = BigExport.auditCsv(tmp);
        shell.openOwnStore();

        shell.importFiles(sample("broken-rows.csv"), big);
        waitUntil(() -> shell.window.model().status().getMessage().startsWith("Importing 2 of 2")
                && shell.window.model().status().getProgress() > 0);
        shell.click(robot, "#status-cancel");
        shell.waitUntilIdle();

        assertEquals(6, shell.window.session().store().count(ListKind.EVENTS, EventFilter.NONE));
        assertEquals(1, shell.window.session().store().imports().size());
        assertEquals("Imported, with rejects", shell.text(robot, "#summary-outcome-0"));
        assertEquals("Canceled", shell.text(robot, "#summary-outcome-1"));
        assertEquals("Canceled; nothing from this file was stored.", shell.text(robot, "#summary-line-1"));
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
}
