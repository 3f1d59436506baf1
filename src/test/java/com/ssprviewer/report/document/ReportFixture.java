package com.ssprviewer.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reports, labels and text extraction shared by the report tests. */
final class ReportFixture {

    static final Labels ENGLISH = new Labels("Page {0} of {1}", "Printed", "continued", "No rows");
    static final Labels SWEDISH = new Labels("Sida {0} av {1}", "Utskriven", "fortsättning", "Inga rader");
    static final ZonedDateTime PRINTED_AT = ZonedDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneId.of("Europe/Stockholm"));
    static final String PRINTED_LINE = "Printed 2025-03-14 09:30 +01:00 (Europe/Stockholm)";
    static final List<String> HEADERS = List.of("Time", "User", "Outcome", "Method", "Details");
    static final List<Float> WIDTHS = List.of(1.3f, 2f, 1f, 1.2f, 3.5f);
    static final List<Boolean> WRAP = List.of(false, false, false, true, true);
    static final List<String> HEADER_LINES = List.of("Store: C:\\Audit\\contoso", "Filters: outcome is Failed",
            "Date range: 2025-01-01 to 2025-03-14");

    private ReportFixture() {
    }

    static List<String> row(int i) {
        return List.of(String.format("2025-01-%02d 10:%02d", 1 + i % 28, i % 60),
                String.format("user%04d@contoso.com", i),
                i % 3 == 0 ? "Succeeded" : "Failed", "Mobile Phone",
                "User entered an invalid code; row " + i);
    }

    /** Rows made one at a time, as a database cursor would hand them out; iterable once only. */
    static Iterable<List<String>> streamed(int count, IntFunction<List<String>> maker) {
        boolean[] used = {false};
        return () -> {
            if (used[0]) {
                throw new IllegalStateException("The rows were read twice");
            }
            used[0] = true;
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < count;
                }

                @Override
                public List<String> next() {
                    if (next >= count) {
                        throw new NoSuchElementException();
                    }
                    return maker.apply(next++);
                }
            };
        };
    }

    static ReportContent listReport(String title, int rows) {
        return new ReportContent(title, HEADER_LINES, PRINTED_AT,
                List.of(new TableSection(HEADERS, WIDTHS, WRAP, streamed(rows, ReportFixture::row))));
    }

    static byte[] pdf(ReportContent content, PageSetup setup, Labels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfReportWriter.write(content, setup, labels, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf(ReportContent content) {
        return pdf(content, PageSetup.defaults(), ENGLISH);
    }

    /** The text of each page, in reading order (top to bottom, left to right). */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String allText(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    static List<String> lines(String pageText) {
        return pageText.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
