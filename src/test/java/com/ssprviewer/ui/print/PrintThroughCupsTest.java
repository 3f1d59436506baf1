package com.ssprviewer.ui.print;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ssprviewer.report.print.CupsPdfOutput;
import com.ssprviewer.report.print.Printer;
import com.ssprviewer.report.print.ReportPrinter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Prints the Overview on the CUPS printer "PDF" (cups-pdf) exactly as a user does: Ctrl+P, Print..., choose PDF,
 * Print; then reads the printed file back with {@code pdftotext}. Runs only where that printer is installed (CI
 * starts CUPS for it). cups-pdf writes to {@code /var/spool/cups-pdf/USER} upstream and to {@code ~/PDF} in Debian's
 * default configuration, so both are watched.
 */
@ExtendWith(ApplicationExtension.class)
class PrintThroughCupsTest {
    private static final String PRINTER = "PDF";

    @TempDir
    Path tmp;
    PreviewFixture shell;

    @Start
    void start(Stage stage) {
        shell = new PreviewFixture(stage, tmp, new ReportPrinter());
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theOverviewPrintedOnTheCupsPdfPrinterKeepsItsTitleAndTiles(FxRobot robot) throws Exception {
        assumeTrue(cupsPdfInstalled(), "no CUPS printer named " + PRINTER + " is installed");
        shell.openOverviewOfSamples();
        PrintPreview preview = shell.pressCtrlP(robot);
        Instant before = Instant.now().minusSeconds(2);

        robot.clickOn(shell.<Node>node(robot, preview.stage(), "#print-print"));
        waitUntil(() -> preview.printDialog().isPresent());
        Stage dialog = fx(() -> preview.printDialog().orElseThrow());
        waitUntil(() -> shell.find(robot, dialog, "#print-dialog-printers").isPresent()
                && !shell.<ComboBox<Printer>>node(robot, dialog, "#print-dialog-printers").getItems().isEmpty());
        choosePrinter(robot, dialog);
        robot.clickOn(shell.<Node>node(robot, dialog, "#print-dialog-print"));
        waitUntil(() -> !dialog.isShowing());

        assertEquals("The report was sent to the printer PDF.", shell.status());
        String text = CupsPdfOutput.waitForPrintedText("SSPR overview", before, Duration.ofSeconds(60));
        assertTrue(text.contains("Users registered"), text);
        assertTrue(text.contains("Resets, last 7 days"), text);
    }

    private void choosePrinter(FxRobot robot, Stage dialog) {
        ComboBox<Printer> printers = shell.node(robot, dialog, "#print-dialog-printers");
        Printer pdf = fx(() -> printers.getItems().stream().filter(p -> p.name().equals(PRINTER)).findFirst()
                .orElseThrow());
        if (fx(() -> pdf.equals(printers.getValue()))) {
            return;
        }
        robot.clickOn(printers);
        robot.clickOn(pdf.isDefault() ? PRINTER + " (default)" : PRINTER);
        waitUntil(() -> pdf.equals(printers.getValue()));
    }

    private static boolean cupsPdfInstalled() throws InterruptedException {
        try (ReportPrinter printer = new ReportPrinter()) {
            return printer.printers().stream().anyMatch(p -> p.name().equals(PRINTER));
        }
    }
}
