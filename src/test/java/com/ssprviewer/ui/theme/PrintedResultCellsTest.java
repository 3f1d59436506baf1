package com.ssprviewer.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printed list of reset attempts (the PDF the preview shows and the printer gets) colours each Result cell as the
 * window's light theme colours the outcome: the word in the outcome's colour beside a bar of it, so a Failed row
 * reads as the window's Failed, and the word still tells the outcome in black-and-white print.
 */
class PrintedResultCellsTest {
    private static final float SCALE = 3f;

    @TempDir
    Path dir;

    @Test
    void eachPrintedResultCellHasTheBarOfItsOutcomesWindowColour() throws Exception {
        Path pdf = dir.resolve("resets.pdf");
        try (Store store = Store.open(dir.resolve("store"))) {
            Path file = dir.resolve("classic-password-reset-activity.csv");
            try (InputStream in = getClass().getResourceAsStream("/samples/classic-password-reset-activity.csv")) {
                Files.copy(in, file);
            }
            store.importFile(file, ExportFormats.opener(), Progress.NONE);
            ReportRequest request = new ReportRequest(ReportBlade.RESETS, EventFilter.NONE,
                    Instant.parse("2025-03-26T00:00:00Z"), ZoneOffset.UTC, new ReportTexts(Locale.ENGLISH), "store");
            PdfReportWriter.write(BladeReports.build(store, request, null, Clock.systemUTC()), PageSetup.defaults(),
                    BladeReports.labels(request.texts()), pdf);
        }
        Map<Outcome, Set<String>> printed = resultBars(pdf);
        ThemeStylesheet app = ThemeStylesheet.read(ThemeStylesheet.APP);

        assertEquals(Set.of(app.token("-color-" + OutcomeColours.styleName(Outcome.FAILED), false)),
                printed.get(Outcome.FAILED), "every printed Failed cell has the window's Failed colour");
        assertEquals(Outcome.values().length, printed.size(), "the sample has every outcome: " + printed.keySet());
        for (Outcome o : Outcome.values()) {
            assertEquals(Set.of(app.token("-color-" + OutcomeColours.styleName(o), false)), printed.get(o),
                    o.label());
        }
    }

    /** Per outcome, the colours of the bars drawn left of its word in the Result column, on every page. */
    private static Map<Outcome, Set<String>> resultBars(Path pdf) throws IOException {
        Map<Outcome, Set<String>> bars = new EnumMap<>(Outcome.class);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImage(p, SCALE);
                List<List<TextPosition>> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        lines.add(List.copyOf(positions));
                    }
                };
                stripper.setStartPage(p + 1);
                stripper.setEndPage(p + 1);
                stripper.getText(doc);
                float resultX = lines.stream().map(l -> find(l, "Result")).filter(t -> t != null)
                        .map(TextPosition::getXDirAdj).findFirst().orElseThrow();
                for (List<TextPosition> line : lines) {
                    for (Outcome o : Outcome.values()) {
                        // a two-word outcome may wrap in its cell: its first word starts it
                        TextPosition first = find(line, o.label().split(" ")[0]);
                        // the cell's word stands right of the column's left edge, after the bar
                        if (first != null && first.getXDirAdj() > resultX && first.getXDirAdj() < resultX + 8) {
                            bars.computeIfAbsent(o, k -> new TreeSet<>()).add(bar(image, first));
                        }
                    }
                }
            }
        }
        assertTrue(!bars.isEmpty(), "the Result column holds outcomes");
        return bars;
    }

    /** The first glyph of {@code word} in a line of glyphs, or null. */
    private static TextPosition find(List<TextPosition> line, String word) {
        StringBuilder text = new StringBuilder();
        List<TextPosition> at = new ArrayList<>();
        for (TextPosition t : line) {
            for (int i = 0; i < t.getUnicode().length(); i++) {
                text.append(t.getUnicode().charAt(i));
                at.add(t);
            }
        }
        int i = text.indexOf(word);
        return i < 0 ? null : at.get(i);
    }

    /** The bar stands 4 pt left of the word: its middle 4.25 pt left of it, across the line's height. */
    private static String bar(BufferedImage image, TextPosition first) {
        int x = Math.round((first.getXDirAdj() - 4.25f) * SCALE);
        int y = Math.round((first.getYDirAdj() - 2.5f) * SCALE);
        return String.format(Locale.ROOT, "#%06X", image.getRGB(x, y) & 0xFFFFFF);
    }
}
