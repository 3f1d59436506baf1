package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.ui.common.CutTexts;
import com.ssprviewer.ui.common.FxWait;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.imports.ImportsBlade;
import com.ssprviewer.ui.imports.RejectedRowsBlade;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImportsBladeTest {
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
    void theImportsBladeListsEveryImportNewestFirstAndOpensItsRejectedRows(FxRobot robot) {
        shell.openOwnStore();
        shell.importFiles(sample("broken-rows.csv"), sample("not-an-export.txt"));
        shell.waitUntilIdle();

        shell.click(robot, "#nav-imports");
        waitUntil(() -> imports(robot).getItems().size() == 2);

        List<ImportRecord> rows = List.copyOf(imports(robot).getItems());
        assertEquals("not-an-export.txt", rows.get(0).fileName());
        assertEquals("broken-rows.csv", rows.get(1).fileName());
        assertEquals("2 imports", shell.text(robot, "#imports-count"));
        assertEquals(List.of("File", "Outcome", "Date (UTC)", "Added", "Rows read", "Duplicates", "Rejected",
                "Size"), imports(robot).getColumns().stream().map(c -> c.getText()).toList());

        FxWait.onFx(() -> imports(robot).getSelectionModel().select(1));
        assertInstanceOf(RejectedRowsBlade.class, shell.lastBlade());
        waitUntil(() -> rejected(robot).getItems().size() == 2);
        assertTrue(rejected(robot).getItems().get(0).startsWith("broken-rows.csv:4: "));
        assertTrue(rejected(robot).getItems().get(1).startsWith("broken-rows.csv:7: "));
        assertEquals("2 rejected rows", shell.text(robot, "#rejected-caption"));
    }

    @Test
    void aRefusedFilesBladeSaysItWasRefusedAndWhyNotThatNoRowsWereRejected(FxRobot robot) {
        shell.openOwnStore();
        shell.importFiles(sample("not-an-export.txt"));
        shell.waitUntilIdle();
        shell.click(robot, "#nav-imports");
        waitUntil(() -> imports(robot).getItems().size() == 1);

        FxWait.onFx(() -> imports(robot).getSelectionModel().select(0));

        assertEquals("Refused file", fx(() -> shell.lastBlade().title()));
        assertEquals(I18n.get("blade.rejected.refused"), shell.text(robot, "#rejected-caption"));
        assertFalse(fx(() -> rejected(robot).isVisible()), "no empty list of rejected rows");
    }

    @Test
    void noHeaderNumberDateOrOutcomeOfTheImportsIsCutShort(FxRobot robot) {
        shell.openOwnStore();
        shell.importFiles(sample("broken-rows.csv"), sample("not-an-export.txt"),
                sample("classic-password-reset-activity.csv"));
        shell.waitUntilIdle();
        shell.click(robot, "#nav-imports");
        waitUntil(() -> imports(robot).getItems().size() == 3);
        robot.interact(() -> { });

        List<String> cut = fx(() -> robot.lookup("#imports-table .column-header .label, #imports-table .table-cell")
                .queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("imports-col-file") && !(n.getParent() != null
                        && n.getParent().getId() != null && n.getParent().getId().equals("imports-col-file")))
                .map(n -> (Labeled) n)
                .filter(l -> l.getText() != null && !l.getText().isEmpty())
                .filter(l -> l.lookup(".text") instanceof Text t && !t.getText().equals(l.getText()))
                .map(Labeled::getText).toList());
        assertEquals(List.of(), cut);
        assertTrue(fx(() -> robot.lookup("#imports-table .badge").queryAllAs(Labeled.class).stream()
                .allMatch(b -> b.getWidth() >= b.prefWidth(-1) - 0.5)), "every outcome reads whole");
    }

    @Test
    void everyFileNameAndFormatOfTheImportsReadsWhole(FxRobot robot) {
        shell.openOwnStore();
        shell.importFiles(sample("classic-password-reset-activity.csv"), sample("graph-directoryAudits-page1.json"),
                sample("user-registration-details-2025-04-01.csv"));
        shell.waitUntilIdle();
        shell.click(robot, "#nav-imports");
        waitUntil(() -> imports(robot).getItems().size() == 3);
        robot.interact(() -> { });

        List<String> cut = fx(() -> robot.lookup("#imports-table .table-cell").queryAll().stream()
                .flatMap(cell -> CutTexts.under(cell).stream()).toList());
        assertEquals(List.of(), cut);
    }

    @Test
    void anOpenImportsBladeRefreshesAfterAnImport(FxRobot robot) {
        shell.openOwnStore();
        shell.importFiles(sample("broken-rows.csv"));
        shell.waitUntilIdle();
        shell.click(robot, "#nav-imports");
        waitUntil(() -> imports(robot).getItems().size() == 1);

        shell.importFiles(sample("classic-registration-activity.csv"));
        shell.waitUntilIdle();

        assertInstanceOf(ImportsBlade.class, fx(() -> shell.window.model().blades().blades().get(0)));
        waitUntil(() -> imports(robot).getItems().size() == 2);
        assertEquals("classic-registration-activity.csv", imports(robot).getItems().get(0).fileName());
        assertEquals(30, imports(robot).getItems().get(0).eventsAdded());
    }

    private TableView<ImportRecord> imports(FxRobot robot) {
        return shell.node(robot, "#imports-table");
    }

    private ListView<String> rejected(FxRobot robot) {
        return shell.node(robot, "#rejected-list");
    }
}
