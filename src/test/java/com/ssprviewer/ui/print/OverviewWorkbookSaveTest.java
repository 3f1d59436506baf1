package com.ssprviewer.ui.print;

import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.report.print.PrinterLookup;
import com.ssprviewer.report.print.ReportPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Overview's preview saves an Excel workbook when the file chosen is {@code .xlsx}. */
@ExtendWith(ApplicationExtension.class)
class OverviewWorkbookSaveTest {
    @TempDir
    Path tmp;
    PreviewFixture shell;

    @Start
    void start(Stage stage) {
        shell = new PreviewFixture(stage, tmp, new ReportPrinter(PrinterLookup.of(List.of()), Duration.ofSeconds(5)));
    }

    @AfterEach
    void close() {
        List<Throwable> failures = List.copyOf(shell.fxFailures);
        shell.close();
        assertEquals(List.of(), failures, "exceptions escaped on the FX thread");
    }

    @Test
    void theOverviewSavedAsXlsxIsAWorkbookOfItsAnswersAndTables(FxRobot robot) throws IOException {
        shell.openOverviewOfSamples();
        PrintPreview preview = shell.pressCtrlP(robot);
        shell.pdfTarget = tmp.resolve("overview.xlsx");

        robot.clickOn(shell.<javafx.scene.Node>node(robot, preview.stage(), "#print-save-pdf"));
        waitUntil(() -> shell.window.model().status().getMessage().startsWith("Saved the report"));

        assertEquals("Saved the report as the workbook overview.xlsx.", shell.status());
        try (ReadableWorkbook book = new ReadableWorkbook(shell.pdfTarget.toFile())) {
            assertEquals(List.of("Answers", "Outcomes", "Outcomes per day", "Methods used", "Data registered",
                    "Top problems", "Suspicious activity", "Filters"), book.getSheets().map(Sheet::getName).toList());
            List<Row> answers = book.getFirstSheet().read();
            Row resets = answers.stream().filter(r -> r.getCellText(0).equals("Resets, last 7 days")).findFirst()
                    .orElseThrow();
            assertEquals(CellType.NUMBER, resets.getCell(1).getType());
            List<Row> filters = book.findSheet("Filters").orElseThrow().read();
            assertTrue(filters.stream().anyMatch(r -> r.getCellText(0).equals("Answers as of")));
        }
    }
}
