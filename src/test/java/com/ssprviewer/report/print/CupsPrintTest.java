package com.ssprviewer.report.print;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ssprviewer.report.document.Labels;
import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.PdfReportWriter;
import com.ssprviewer.report.document.ReportContent;
import com.ssprviewer.report.document.TableSection;
import com.ssprviewer.report.document.Tile;
import com.ssprviewer.report.document.TilesSection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints a real report on the CUPS printer "PDF" (cups-pdf) through the same path the Print button takes, and reads
 * the printed page back with {@code pdftotext}. Runs only where that printer is installed (CI starts CUPS for it).
 * cups-pdf writes to {@code /var/spool/cups-pdf/USER} upstream and to {@code ~/PDF} in Debian's default
 * configuration, so both are watched.
 */
class CupsPrintTest {

    private static final Labels LABELS = new Labels("Page {0} of {1}", "Printed", "continued", "No rows");

    @TempDir
    Path dir;

    @Test
    void aReportPrintedOnTheCupsPdfPrinterKeepsItsText() throws Exception {
        try (ReportPrinter printer = new ReportPrinter()) {
            assumeTrue(printer.printers().stream().anyMatch(p -> p.name().equals("PDF")),
                    "no CUPS printer named PDF is installed");
            String marker = "Print check " + UUID.randomUUID().toString().substring(0, 8);
            Path pdf = dir.resolve("overview.pdf");
            PdfReportWriter.write(report(marker), PageSetup.defaults(), LABELS, pdf);
            Instant before = Instant.now().minusSeconds(2);

            PrintResult result = printer.print(pdf, "PDF", marker);
            assertTrue(result.submitted(), result.message());
            System.out.println("CUPS print: flavor " + result.flavor() + ", events after 10 s: "
                    + result.jobWatch().orElseThrow().awaitCompletion(Duration.ofSeconds(10)) + " "
                    + result.jobWatch().orElseThrow().events());

            String text = CupsPdfOutput.waitForPrintedText(marker, before, Duration.ofSeconds(60));
            assertTrue(text.contains("Registered users"), text);
            assertTrue(text.contains("user0007@contoso.com"), text);
            assertTrue(text.contains("Åsa Öberg"), text);
        }
    }

    private static ReportContent report(String marker) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(List.of(String.format("user%04d@contoso.com", i), i == 3 ? "Åsa Öberg" : "Succeeded"));
        }
        return new ReportContent(marker, List.of("Store: test", "Filters: none"), List.of(
                new TilesSection(List.of(new Tile("Registered users", "12", ""))),
                new TableSection(List.of("User", "Outcome"), List.of(2f, 1f), List.of(false, true), rows)));
    }
}
