package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static com.ssprviewer.ui.listblades.ListWindow.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.ui.lists.SampleStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
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

/**
 * On a store of the samples plus two reset rows whose cells start with {@code =}, {@code +}, {@code -} and {@code @}.
 */
@ExtendWith(ApplicationExtension.class)
class CopyAndExportTest {
    @TempDir
    static Path dir;
    static Store store;
    ListWindow window;
    Path exportFile;

    @BeforeAll
    static void fill() {
        List<String> resources = new ArrayList<>(SampleStore.SAMPLES.stream().map(n -> "/samples/" + n).toList());
        resources.add("/lists/formula-cells.csv");
        store = SampleStore.open(dir, resources);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        exportFile = Files.createTempDirectory(dir, "export").resolve("resets.csv");
        window = new ListWindow(stage, store, exportFile);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void ctrlCCopiesTheSelectedRowsTabSeparated(FxRobot robot) {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 106, 106);
        TableView<AttemptRow> table = table(robot, "list-resets");
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        robot.interact(table::requestFocus);

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        String[] lines = copied.split("\n");
        assertEquals(4, lines.length, copied);
        assertEquals("User\tRole\tDate (UTC)\tMethods used\tResult\tDetails\tFix", lines[0]);
        AttemptRow first = fx(() -> table.getItems().get(0));
        assertTrue(lines[1].startsWith(first.attempt().user() + "\t"), lines[1]);
    }

    @Test
    void exportWritesEveryMatchingRowWithFormulasEscaped(FxRobot robot) throws IOException {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 106, 106);

        robot.clickOn("#list-export");

        waitUntil("the export", () -> window.model.status().getMessage().startsWith("Exported 106 rows"));
        String text = Files.readString(exportFile, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFUser,Role,Date (UTC),Methods used,Result,Details,Fix\r\n"));
        List<List<String>> rows = parse(text.substring(1));
        assertEquals(107, rows.size());
        List<String> formula = rows.stream().filter(r -> r.get(0).contains("cmd|calc")).findFirst().orElseThrow();
        assertEquals("'=cmd|calc@fabrikam.com", formula.get(0));
        assertEquals("'-2+3, and \"quoted\"", formula.get(5));
        List<String> plus = rows.stream().filter(r -> r.get(0).contains("plus@")).findFirst().orElseThrow();
        assertEquals("'+plus@fabrikam.com", plus.get(0));
        assertEquals("'@Admin", plus.get(1));
    }

    @Test
    void exportFollowsTheFilterAndTheVisibleColumns(FxRobot robot) throws IOException {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 106, 106);
        ListWindow.choose(robot, "#filter-result", "Blocked");
        window.waitForCount(robot, 0, 8, 106);
        robot.clickOn("#list-columns").clickOn("#list-columns-col-fix");

        robot.clickOn("#list-export");

        waitUntil("the export", () -> window.model.status().getMessage().startsWith("Exported 8 rows"));
        List<List<String>> rows = parse(Files.readString(exportFile, StandardCharsets.UTF_8).substring(1));
        assertEquals(List.of("User", "Role", "Date (UTC)", "Methods used", "Result", "Details"), rows.get(0));
        assertEquals(9, rows.size());
        assertTrue(rows.subList(1, 9).stream().allMatch(r -> r.get(4).equals("Blocked")));
    }

    private static List<List<String>> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }
}
