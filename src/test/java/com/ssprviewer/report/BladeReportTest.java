package com.ssprviewer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.PdfReportWriter;
import com.ssprviewer.report.document.Tile;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.work.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BladeReportTest {

    private static final Instant AS_OF = Instant.parse("2025-03-26T00:00:00Z");

    @TempDir
    Path dir;

    private Store storeWithSamples(String... names) throws Exception {
        Store store = Store.open(dir.resolve("store"));
        for (String name : names) {
            Path file = dir.resolve(name);
            try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            store.importFile(file, ExportFormats.opener(), Progress.NONE);
        }
        return store;
    }

    private static ReportRequest request(ReportBlade blade, EventFilter filter, String lang) {
        return new ReportRequest(blade, filter, AS_OF, ZoneOffset.UTC, new ReportTexts(Locale.forLanguageTag(lang)),
                "My store");
    }

    private List<String> pages(Store store, ReportRequest request) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        PageSetup setup =
                new PageSetup(com.ssprviewer.report.document.Paper.A4, request.blade().prefersLandscape(), 15f);
        PdfReportWriter.write(BladeReports.build(store, request, null, Clock.systemUTC()), setup,
                BladeReports.labels(request.texts()), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> out = new java.util.ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc));
            }
            return out;
        }
    }

    @Test
    void theOverviewReportCarriesTheTitleFiltersAndEveryTileNumberOfTheSummary() throws Exception {
        try (Store store = storeWithSamples("classic-password-reset-activity.csv",
                "classic-registration-activity.csv", "audit-logs-download.csv")) {
            ReportRequest request = request(ReportBlade.OVERVIEW, EventFilter.NONE, "en");
            String text = String.join("\n", pages(store, request));
            assertTrue(text.contains("SSPR overview"), text);
            assertTrue(text.contains("Filters: none"), text);
            assertTrue(text.contains("Store: My store"), text);
            Summary summary = Summaries.compute(store, EventFilter.NONE, AS_OF);
            for (Tile tile : OverviewTiles.tiles(summary,
                    store.count(ListKind.POLICY, EventFilter.NONE), request.texts())) {
                assertTrue(text.contains(tile.label()), tile.label());
                assertTrue(text.contains(tile.value()), tile.label() + " = " + tile.value());
            }
            assertTrue(java.util.regex.Pattern.compile("Succeeded\\s+" + summary.outcomes().get(Outcome.SUCCEEDED)
                    + " \\(").matcher(text).find(), "the outcome chart's legend gives the count: " + text);
        }
    }

    @Test
    void aListReportHoldsEveryRowOfTheListAndTheFiltersInWords() throws Exception {
        try (Store store = storeWithSamples("classic-password-reset-activity.csv")) {
            EventFilter failed = EventFilter.builder().results(Set.of(Outcome.FAILED, Outcome.BLOCKED)).build();
            String text = String.join("\n", pages(store, request(ReportBlade.RESETS, failed, "en")))
                    .replace("\n", " ");
            assertTrue(text.contains("Filters: Result: Blocked, Failed"), text);
            List<AttemptRow> rows = store.attempts(failed, new Sort(AttemptSort.DATE, true), PageRequest.first(1000))
                    .rows();
            assertEquals(13, rows.size());
            for (AttemptRow row : rows) {
                String time = row.attempt().time().toString().replace("T", " ").replace("Z", "");
                assertTrue(text.contains(time), "row of " + time);
            }
        }
    }

    @Test
    void aLongListMakesSeveralPagesEachStartingWithTheHeaderRow() throws Exception {
        Path samples = dir.resolve("generated");
        new SampleGenerator(SampleSpec.of(5, 12, 6)).writeAll(samples, Progress.NONE);
        try (Store store = Store.open(dir.resolve("store"))) {
            try (var files = Files.list(samples)) {
                for (Path f : files.toList()) {
                    store.importFile(f, ExportFormats.opener(), Progress.NONE);
                }
            }
            long events = store.count(ListKind.EVENTS, EventFilter.NONE);
            assertTrue(events >= 300, "the generated sample has " + events + " events");
            List<String> pages = pages(store, request(ReportBlade.AUDITLOG, EventFilter.NONE, "en"));
            assertTrue(pages.size() >= 3, pages.size() + " pages");
            for (int p = 0; p < pages.size(); p++) {
                assertTrue(pages.get(p).contains("Date (UTC) Service Category"), "page " + (p + 1));
                assertTrue(pages.get(p).contains("Page " + (p + 1) + " of " + pages.size()), "page " + (p + 1));
            }
        }
    }

    @Test
    void theReportSpeaksSwedishWithSwedishCharactersIntact() throws Exception {
        try (Store store = storeWithSamples("classic-password-reset-activity.csv")) {
            String text = String.join("\n", pages(store, request(ReportBlade.RESETS, EventFilter.NONE, "sv")));
            assertTrue(text.contains("Aktivitet för lösenordsåterställning"), text);
            assertTrue(text.contains("Användare"), text);
            assertTrue(text.contains("Sida 1 av"), text);
        }
    }

    @Test
    void theFiltersInWordsNameTheExactDetailsOfAProblem() {
        EventFilter f = EventFilter.builder().details(Set.of("User canceled before submitting a new password")).build();
        assertEquals("Filters: Details: \"User canceled before submitting a new password\"",
                FilterWords.describe(f, request(ReportBlade.RESETS, f, "en")));
    }
}
