package com.ssprviewer.ui.shell;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.shell.WindowFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.ui.common.FxWait;
import com.ssprviewer.ui.imports.RejectedRowsBlade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window imports registration snapshots: it asks the day of a snapshot without dates (offering the file's
 * last-modified day; Cancel skips the file), counts users rather than events and shows the rows it warned about.
 */
@ExtendWith(ApplicationExtension.class)
class SnapshotImportFromWindowTest {
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
    void aSnapshotWithoutDatesIsImportedAsOfTheDayTheUserGives(FxRobot robot) throws IOException {
        Path undated = undatedApril();
        shell.snapshotDay = LocalDate.of(2025, 4, 2);
        shell.openOwnStore();
        shell.importFiles(undated);
        shell.waitUntilIdle();

        assertEquals(List.of("undated.csv 2025-05-06"), List.copyOf(shell.snapshotQuestions));
        waitUntil(() -> shell.has(robot, "#summary-line-0"));
        assertEquals("37 users read, 37 added, 0 already stored, 0 rejected; snapshot of 2025-04-02; 1 warning",
                shell.text(robot, "#summary-line-0"));
        ListView<String> warnings = shell.node(robot, "#summary-warnings-0");
        assertEquals(1, warnings.getItems().size());
        assertTrue(warnings.getItems().get(0).startsWith("undated.csv:7: "), warnings.getItems().get(0));
        assertEquals(LocalDate.of(2025, 4, 2), shell.window.session().store().snapshots().get(0).day());
    }

    @Test
    void cancellingTheDaySkipsTheFileAndStoresNothing(FxRobot robot) throws IOException {
        Path undated = undatedApril();
        shell.snapshotDay = null;
        shell.openOwnStore();
        shell.importFiles(undated);
        shell.waitUntilIdle();

        assertEquals(1, shell.snapshotQuestions.size());
        waitUntil(() -> shell.has(robot, "#summary-line-0"));
        assertEquals("Canceled", shell.text(robot, "#summary-outcome-0"));
        assertEquals(List.of(), shell.window.session().store().snapshots());
    }

    @Test
    void theImportsBladeCountsUsersAndShowsThePowerShellRowWhoseMethodsAreUnknown(FxRobot robot) {
        shell.openOwnStore();
        shell.importFiles(sample("user-registration-details-2025-04-01.csv"));
        shell.waitUntilIdle();
        assertEquals(List.of(), List.copyOf(shell.snapshotQuestions));

        shell.click(robot, "#nav-imports");
        TableView<ImportRecord> table = shell.node(robot, "#imports-table");
        waitUntil(() -> table.getItems().size() == 1);
        FxWait.onFx(() -> table.getSelectionModel().select(0));
        assertInstanceOf(RejectedRowsBlade.class, shell.lastBlade());
        waitUntil(() -> !fx(() -> ((RejectedRowsBlade) shell.lastBlade()).warnings()).isEmpty());
        List<String> warnings = fx(() -> ((RejectedRowsBlade) shell.lastBlade()).warnings());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("user-registration-details-2025-04-01.csv:7: "), warnings.get(0));
        assertTrue(warnings.get(0).contains("System.String[]") || warnings.get(0).contains("unknown"),
                warnings.get(0));
        assertEquals("1 warning", shell.text(robot, "#warnings-caption"));
    }

    /** The April PowerShell snapshot with its dates left empty, last modified on 2025-05-06. */
    private Path undatedApril() throws IOException {
        String csv = Files.readString(sample("user-registration-details-2025-04-01.csv"), StandardCharsets.UTF_8);
        Path file = tmp.resolve("undated.csv");
        Files.writeString(file, csv.replace("\"4/1/2025 5:58:09 AM\"", "\"\""), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-05-06T10:00:00Z")));
        return file;
    }
}
