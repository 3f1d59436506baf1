package com.ssprviewer.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.BladeReports;
import com.ssprviewer.report.OutcomeColours;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.PdfReportWriter;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed Overview (the same PDF the preview shows and the printer gets) colours outcomes as the window does. */
class PrintedOutcomeColoursTest {

    private static final float SCALE = 3f;
    /** A pie legend line: "Failed   9 (14%)". */
    private static final Pattern PIE_LEGEND = Pattern.compile("^(\\p{L}[\\p{L} ]*?)\\s+\\d+ \\(\\d+%\\)");

    @TempDir
    Path dir;

    @Test
    void eachOutcomeOfThePrintedPieHasTheColourOfTheWindowsLightTheme() throws Exception {
        Path pdf = dir.resolve("overview.pdf");
        try (Store store = Store.open(dir.resolve("store"))) {
            Path file = dir.resolve("classic-password-reset-activity.csv");
            try (InputStream in = getClass().getResourceAsStream("/samples/classic-password-reset-activity.csv")) {
                Files.copy(in, file);
            }
            store.importFile(file, ExportFormats.opener(), Progress.NONE);
            ReportRequest request = new ReportRequest(ReportBlade.OVERVIEW, EventFilter.NONE,
                    Instant.parse("2025-03-26T00:00:00Z"), ZoneOffset.UTC, new ReportTexts(Locale.ENGLISH), "store");
            PdfReportWriter.write(BladeReports.build(store, request, null, Clock.systemUTC()), PageSetup.defaults(),
                    BladeReports.labels(request.texts()), pdf);
        }
        Map<Outcome, String> printed = pieLegendSwatches(pdf);
        assertEquals(Outcome.values().length, printed.size(), "every outcome of the sample is in the legend");
        ThemeStylesheet app = ThemeStylesheet.read(ThemeStylesheet.APP);
        for (Outcome o : Outcome.values()) {
            assertEquals(app.token("-color-" + OutcomeColours.styleName(o), false), printed.get(o), o.label());
        }
    }

    /** The colour of the swatch left of each pie legend line, read from the rendered page. */
    private static Map<Outcome, String> pieLegendSwatches(Path pdf) throws IOException {
        Map<Outcome, String> swatches = new EnumMap<>(Outcome.class);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImage(p, SCALE);
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        Matcher m = PIE_LEGEND.matcher(text);
                        if (m.find()) {
                            Outcome.parse(m.group(1)).ifPresent(o -> swatches.put(o, swatch(image, positions.get(0))));
                        }
                    }
                };
                stripper.setStartPage(p + 1);
                stripper.setEndPage(p + 1);
                stripper.getText(doc);
            }
        }
        return swatches;
    }

    /** The legend draws an 8 pt swatch 13 pt left of its text, from 0.5 pt under the baseline upwards. */
    private static String swatch(BufferedImage image, TextPosition first) {
        int x = Math.round((first.getXDirAdj() - 9f) * SCALE);
        int y = Math.round((first.getYDirAdj() - 3.5f) * SCALE);
        return String.format(Locale.ROOT, "#%06X", image.getRGB(x, y) & 0xFFFFFF);
    }
}
