package com.ssprviewer.ui.listblades;

import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.lists.SampleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The list's export, given a {@code .xlsx} file, writes a workbook of the filtered list with the columns shown. */
@ExtendWith(ApplicationExtension.class)
class WorkbookExportTest {
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
        exportFile = Files.createTempDirectory(dir, "export").resolve("resets.xlsx");
        window = new ListWindow(stage, store, exportFile);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void anXlsxFileGetsAWorkbookOfTheFilteredListAsShown(FxRobot robot) throws IOException {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 106, 106);
        ListWindow.choose(robot, "#filter-result", "Blocked");
        window.waitForCount(robot, 0, 8, 106);

        robot.clickOn("#list-export");

        waitUntil("the export", () -> window.model.status().getMessage().startsWith("Exported"));
        try (ReadableWorkbook book = new ReadableWorkbook(exportFile.toFile())) {
            List<Sheet> sheets = book.getSheets().toList();
            assertEquals(List.of("Password reset activity", "Filters"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals(List.of("User", "Role", "Date (UTC)", "Methods used", "Result", "Details", "Fix"),
                    rows.get(0).stream().map(Cell::getText).toList());
            assertEquals(9, rows.size());
            assertEquals("Exported 8 rows to resets.xlsx.", window.model.status().getMessage());
            Row first = rows.get(1);
            assertEquals("Blocked", first.getCellText(4));
            assertEquals(CellType.NUMBER, first.getCell(2).getType(), "the time is a date");
            List<Row> filters = book.findSheet("Filters").orElseThrow().read();
            assertEquals("Result: Blocked", filters.stream().filter(r -> r.getCellText(0).equals("Filter"))
                    .findFirst().orElseThrow().getCellText(1));
        }
    }

    @Test
    void formulaLookingCellsStayText(FxRobot robot) throws IOException {
        robot.clickOn("#nav-resets");
        window.waitForCount(robot, 0, 106, 106);

        robot.clickOn("#list-export");

        waitUntil("the export", () -> window.model.status().getMessage().startsWith("Exported 106 rows"));
        try (ReadableWorkbook book = new ReadableWorkbook(exportFile.toFile())) {
            List<Row> rows = book.getFirstSheet().read();
            Row formula = rows.stream().filter(r -> r.getCellText(0).contains("cmd|calc")).findFirst().orElseThrow();
            assertEquals("=cmd|calc@fabrikam.com", formula.getCellText(0));
            assertEquals(CellType.STRING, formula.getCell(0).getType());
            assertNull(formula.getCell(0).getFormula());
            assertEquals("-2+3, and \"quoted\"", formula.getCellText(5));
        }
    }
}
