package com.ssprviewer.ui.print;

import static com.ssprviewer.ui.common.FxWait.fx;
import static com.ssprviewer.ui.common.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.insight.Summaries;
import com.ssprviewer.report.OverviewTiles;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.Tile;
import com.ssprviewer.report.print.PrinterLookup;
import com.ssprviewer.report.print.ReportPrinter;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.FxWait;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {
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
    void ctrlPOnTheOverviewShowsEveryPageAndThePageCount(FxRobot robot) {
        shell.openOverviewOfSamples();

        PrintPreview preview = shell.pressCtrlP(robot);

        Stage window = preview.stage();
        int pages = fx(() -> preview.model().getPageCount());
        assertTrue(pages >= 1, "pages: " + pages);
        assertEquals(pages, fx(() -> shell.<ListView<Integer>>node(robot, window, "#print-pages").getItems().size()));
        String expected = pages == 1 ? "1 page" : pages + " pages";
        assertEquals(expected, fx(() -> shell.<Label>node(robot, window, "#print-page-count").getText()));
        assertEquals("Print preview - SSPR overview", fx(window::getTitle));
        Image first = drawnPage(robot, window, 1);
        assertTrue(hasInk(first), "the first page shows printed text");
        assertFalse(fx(() -> preview.model().getSetup().landscape()), "the Overview prints upright by default");
    }

    @Test
    void switchingToLandscapeRendersThePagesAgainWiderThanTall(FxRobot robot) {
        shell.openOverviewOfSamples();
        PrintPreview preview = shell.pressCtrlP(robot);
        long before = fx(() -> preview.model().getGeneration());
        Image portrait = drawnPage(robot, preview.stage(), 1);
        assertTrue(portrait.getHeight() > portrait.getWidth());

        robot.clickOn(shell.<javafx.scene.Node>node(robot, preview.stage(), "#print-landscape"));
        waitUntil(() -> preview.model().getGeneration() > before && preview.model().readyProperty().get());

        assertTrue(fx(() -> preview.model().getSetup().landscape()));
        assertTrue(fx(() -> preview.model().pageWidthPt() > preview.model().pageHeightPt()));
        Image landscape = drawnPage(robot, preview.stage(), 1);
        assertTrue(landscape.getWidth() > landscape.getHeight(), landscape.getWidth() + "x" + landscape.getHeight());
        StackPane sheet = shell.node(robot, preview.stage(), "#print-page-1");
        assertTrue(fx(() -> sheet.getWidth() > sheet.getHeight()), "the sheet on screen is landscape too");
    }

    @Test
    void saveAsPdfWritesTheReportWithItsTitleAndTheTileNumbers(FxRobot robot) throws IOException {
        shell.openOverviewOfSamples();
        PrintPreview preview = shell.pressCtrlP(robot);
        int pages = fx(() -> preview.model().getPageCount());
        shell.pdfTarget = tmp.resolve("overview.pdf");

        robot.clickOn(shell.<javafx.scene.Node>node(robot, preview.stage(), "#print-save-pdf"));
        waitUntil(() -> shell.window.model().status().getMessage().startsWith("Saved the report"));

        assertEquals("Saved the report as overview.pdf (" + (pages == 1 ? "1 page" : pages + " pages") + ").",
                shell.status());
        String text = pdfText(shell.pdfTarget);
        assertTrue(text.contains("SSPR overview"), text);
        assertTrue(text.contains("Store: store"), text);
        for (Tile tile : expectedTiles()) {
            assertTrue(text.contains(tile.label()), "tile " + tile.label() + " in " + text);
            assertTrue(text.contains(tile.value()), "value " + tile.value() + " of " + tile.label());
        }
        assertTrue(text.contains("Page 1 of " + pages), text);
    }

    @Test
    void withNoPrinterInstalledPrintSaysSoAndOffersSaveAsPdf(FxRobot robot) {
        shell.openOverviewOfSamples();
        PrintPreview preview = shell.pressCtrlP(robot);
        shell.pdfTarget = tmp.resolve("instead.pdf");

        robot.clickOn(shell.<javafx.scene.Node>node(robot, preview.stage(), "#print-print"));
        waitUntil(() -> preview.printDialog().isPresent());
        Stage dialog = fx(() -> preview.printDialog().orElseThrow());
        waitUntil(() -> shell.<Label>node(robot, dialog, "#print-dialog-message").getText()
                .equals("No printer is installed on this computer."));

        assertFalse(fx(() -> shell.node(robot, dialog, "#print-dialog-print").isVisible()), "nothing to print on");
        robot.clickOn(shell.<javafx.scene.Node>node(robot, dialog, "#print-dialog-save-pdf"));
        waitUntil(() -> Files.exists(shell.pdfTarget) && !shell.window.model().status().isBusy());
        assertFalse(fx(dialog::isShowing));
        assertTrue(shell.status().startsWith("Saved the report as instead.pdf"), shell.status());
    }

    @Test
    void theReportSpeaksTheWindowsLanguage(FxRobot robot) throws IOException {
        shell.openOverviewOfSamples();
        FxWait.onFx(() -> shell.window.model().languageProperty().set(AppLanguage.SWEDISH));
        PrintPreview preview = shell.pressCtrlP(robot);
        shell.pdfTarget = tmp.resolve("oversikt.pdf");

        assertEquals("Förhandsgranskning - SSPR-översikt", fx(() -> preview.stage().getTitle()));
        robot.clickOn(shell.<javafx.scene.Node>node(robot, preview.stage(), "#print-save-pdf"));
        waitUntil(() -> shell.window.model().status().getMessage().startsWith("Rapporten sparades"));

        String text = pdfText(shell.pdfTarget);
        assertTrue(text.contains("SSPR-översikt"), text);
        assertTrue(text.contains("Sida 1 av"), text);
    }

    @Test
    void zoomingChangesTheSizeOfTheSheetsNotThePages(FxRobot robot) {
        shell.openOverviewOfSamples();
        PrintPreview preview = shell.pressCtrlP(robot);
        long generation = fx(() -> preview.model().getGeneration());

        FxWait.onFx(() -> preview.model().zoomProperty().set(Zoom.percent(50)));
        waitUntil(() -> sheetWidth(robot, preview) > 0 && Math.abs(sheetWidth(robot, preview) - 397) < 2);
        FxWait.onFx(() -> preview.model().zoomProperty().set(Zoom.percent(100)));
        waitUntil(() -> Math.abs(sheetWidth(robot, preview) - 794) < 2);

        assertEquals(generation, fx(() -> preview.model().getGeneration()), "zoom draws again, it does not re-render");
        Image drawn = drawnPage(robot, preview.stage(), 1);
        assertTrue(drawn.getWidth() >= 793, "drawn at the resolution 100% needs: " + drawn.getWidth());
    }

    private double sheetWidth(FxRobot robot, PrintPreview preview) {
        return shell.<StackPane>find(robot, preview.stage(), "#print-page-1").map(StackPane::getWidth).orElse(0.0);
    }

    @Test
    void closingThePreviewDeletesItsTemporaryPdf(FxRobot robot) {
        shell.openOverviewOfSamples();
        PrintPreview preview = shell.pressCtrlP(robot);
        Path pdf = fx(() -> preview.shownPdf().orElseThrow());
        assertTrue(Files.exists(pdf));

        FxWait.onFx(preview::close);

        waitUntil(() -> !Files.exists(pdf));
        assertTrue(fx(() -> shell.window.printing().openPreview().isEmpty()));
    }

    private List<Tile> expectedTiles() {
        Store store = shell.window.session().store();
        return OverviewTiles.tiles(Summaries.compute(store, EventFilter.NONE, PreviewFixture.NOW),
                store.count(ListKind.POLICY, EventFilter.NONE), new ReportTexts(java.util.Locale.ENGLISH));
    }

    private Image drawnPage(FxRobot robot, Stage window, int page) {
        waitUntil(() -> shell.find(robot, window, "#print-page-" + page).isPresent()
                && image(shell.node(robot, window, "#print-page-" + page)) != null);
        return fx(() -> image(shell.node(robot, window, "#print-page-" + page)));
    }

    private static Image image(StackPane sheet) {
        return sheet.getChildren().stream().filter(ImageView.class::isInstance).map(ImageView.class::cast)
                .map(ImageView::getImage).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean hasInk(Image image) {
        assertNotNull(image);
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int argb = image.getPixelReader().getArgb(x, y);
                if ((argb & 0xff) < 96 && ((argb >> 8) & 0xff) < 96) {
                    return true;
                }
            }
        }
        return false;
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
