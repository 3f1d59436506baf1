package com.ssprviewer.ui.print;

import com.ssprviewer.ui.common.FxWait;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.ssprviewer.report.print.Printer;
import com.ssprviewer.report.print.ReportPrinter;

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
    private static final List<Path> OUTPUT_FOLDERS = List.of(Path.of("/var/spool/cups-pdf"),
            Path.of(System.getProperty("user.home"), "PDF"));

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
        String text = waitForPrintedText("SSPR overview", before, Duration.ofSeconds(60));
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

    private static String waitForPrintedText(String marker, Instant after, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (Path candidate : newPdfs(after)) {
                Optional<String> text = pdftotext(candidate);
                if (text.isPresent() && text.get().contains(marker)) {
                    return text.get();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No printed PDF containing '" + marker + "' appeared in " + OUTPUT_FOLDERS
                + " within " + limit.toSeconds() + " s");
    }

    private static List<Path> newPdfs(Instant after) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path folder : OUTPUT_FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".pdf")).filter(f -> modified(f).isAfter(after))
                        .forEach(found::add);
            }
        }
        return found;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Optional<String> pdftotext(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Optional.empty();
        }
        return process.exitValue() == 0 ? Optional.of(Normalizer.normalize(text, Normalizer.Form.NFKC))
                : Optional.empty();
    }
}
