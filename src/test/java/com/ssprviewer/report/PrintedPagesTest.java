package com.ssprviewer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.Paper;
import com.ssprviewer.report.document.PdfReportWriter;
import com.ssprviewer.report.document.ReportContent;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the printed pages promise: wide lists across the page, names whole, the Overview's total of attempts. */
class PrintedPagesTest {

    private static final Instant AS_OF = Instant.parse("2025-03-26T00:00:00Z");

    @TempDir
    Path dir;

    private Store resetsStore() throws Exception {
        Store store = Store.open(dir.resolve("store"));
        Path file = dir.resolve("classic-password-reset-activity.csv");
        try (InputStream in = getClass().getResourceAsStream("/samples/classic-password-reset-activity.csv")) {
            Files.copy(in, file);
        }
        store.importFile(file, ExportFormats.opener(), Progress.NONE);
        return store;
    }

    private static ReportRequest request(ReportBlade blade, ZoneId zone, String lang) {
        return new ReportRequest(blade, EventFilter.NONE, AS_OF, zone, new ReportTexts(Locale.forLanguageTag(lang)),
                "My store");
    }

    private String text(ReportContent content, PageSetup setup, ReportTexts texts) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        PdfReportWriter.write(content, setup, BladeReports.labels(texts), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void listsOfSixOrMoreColumnsDefaultToLandscapeAndTheOthersToPortrait() {
        for (ReportBlade blade : ReportBlade.values()) {
            int columns = blade.list().map(l -> l.shownColumns().size()).orElse(0);
            assertEquals(columns >= 6, blade.prefersLandscape(), blade.id() + " with " + columns + " columns");
        }
        assertTrue(ReportBlade.RESETS.prefersLandscape(), "password reset activity prints landscape");
        assertTrue(ReportBlade.AUDITLOG.prefersLandscape(), "the audit log prints landscape");
        assertFalse(ReportBlade.OVERVIEW.prefersLandscape(), "the Overview prints upright");
    }

    @Test
    void aPrintedListKeepsItsTimeZoneAndUserNamesWholeEvenUpright() throws Exception {
        try (Store store = resetsStore()) {
            ReportRequest request = request(ReportBlade.RESETS, ZoneId.of("Europe/Stockholm"), "en");
            ReportContent content = BladeReports.build(store, request, null, Clock.systemUTC());
            for (boolean landscape : new boolean[] {false, true}) {
                String text = text(content, new PageSetup(Paper.A4, landscape, 15f), request.texts());
                assertTrue(text.contains("Stockholm"), "the zone is whole in the header:\n" + text);
                assertTrue(text.contains("allan.deyoung"), "a user's name is whole:\n" + text);
                assertFalse(text.contains("Stockhol\n"), "the zone is not broken:\n" + text);
            }
        }
    }

    @Test
    void thePrintedOverviewStatesHowManyResetAttemptsItCountsAndOverWhichDays() throws Exception {
        try (Store store = resetsStore()) {
            long attempts = Summaries.compute(store, EventFilter.NONE, AS_OF).attempts();
            assertTrue(attempts > 0, "the sample has attempts");
            ReportRequest english = request(ReportBlade.OVERVIEW, ZoneOffset.UTC, "en");
            String text = text(BladeReports.build(store, english, null, Clock.systemUTC()), PageSetup.defaults(),
                    english.texts());
            // the sample's first and last attempts are on these days (UTC)
            assertTrue(text.contains("\n" + attempts + " reset attempts from 2025-02-03 to 2025-03-04\n"),
                    "the English Overview states the total:\n" + text);
            ReportRequest swedish = request(ReportBlade.OVERVIEW, ZoneOffset.UTC, "sv");
            ReportContent svenska = BladeReports.build(store, swedish, null, Clock.systemUTC());
            String swedishLine = attempts + " återställningsförsök från 2025-02-03 till 2025-03-04";
            assertTrue(svenska.headerLines().contains(swedishLine),
                    "the Swedish Overview states the total: " + svenska.headerLines());
        }
    }
}
