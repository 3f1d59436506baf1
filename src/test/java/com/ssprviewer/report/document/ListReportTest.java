package com.ssprviewer.report.document;

import static com.ssprviewer.report.document.ReportFixture.ENGLISH;
import static com.ssprviewer.report.document.ReportFixture.HEADERS;
import static com.ssprviewer.report.document.ReportFixture.PRINTED_AT;
import static com.ssprviewer.report.document.ReportFixture.PRINTED_LINE;
import static com.ssprviewer.report.document.ReportFixture.WIDTHS;
import static com.ssprviewer.report.document.ReportFixture.WRAP;
import static com.ssprviewer.report.document.ReportFixture.allText;
import static com.ssprviewer.report.document.ReportFixture.lines;
import static com.ssprviewer.report.document.ReportFixture.listReport;
import static com.ssprviewer.report.document.ReportFixture.pageTexts;
import static com.ssprviewer.report.document.ReportFixture.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListReportTest {

    private static final String HEADER_ROW = String.join(" ", HEADERS);

    @Test
    void everyRowOfA300RowListIsInThePdfAndTheListSpansSeveralPages() {
        List<String> pages = pageTexts(pdf(listReport("Audit log", 300)));
        assertTrue(pages.size() >= 4, "300 rows should need several pages, got " + pages.size());
        String text = String.join("\n", pages);
        for (int i = 0; i < 300; i++) {
            String user = String.format("user%04d@contoso.com", i);
            assertEquals(1, count(text, user), user + " should appear exactly once");
            assertTrue(text.contains("User entered an invalid code; row " + i + "\n")
                    || text.contains("User entered an invalid code; row " + i + "\r"), "details of row " + i);
        }
    }

    @Test
    void everyPageStartsWithTheHeaderRowAfterItsTitleArea() {
        List<String> pages = pageTexts(pdf(listReport("Audit log", 300)));
        List<String> first = lines(pages.get(0));
        assertEquals("Audit log", first.get(0));
        assertEquals(HEADER_ROW, first.get(first.indexOf(PRINTED_LINE) + 1));
        for (int p = 1; p < pages.size(); p++) {
            List<String> page = lines(pages.get(p));
            assertEquals("Audit log (continued)", page.get(0), "running title on page " + (p + 1));
            assertEquals(HEADER_ROW, page.get(1), "header row on page " + (p + 1));
        }
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() {
        List<String> pages = pageTexts(pdf(listReport("Audit log", 300)));
        int n = pages.size();
        for (int p = 1; p <= n; p++) {
            List<String> page = lines(pages.get(p - 1));
            String footer = page.get(page.size() - 1);
            assertTrue(footer.startsWith(PRINTED_LINE), "printed-at line in the footer of page " + p + ": " + footer);
            assertTrue(footer.endsWith("Page " + p + " of " + n), "page number on page " + p + ": " + footer);
        }
    }

    @Test
    void longDetailsAreWrappedOntoSeveralLinesWithEveryWordKept() {
        String details = "The user's account is locked because they tried to reset the password too many times "
                + "within one day; ask them to wait twenty-four hours or unlock the account in the Entra admin center "
                + "and check the SSPR policy for the group 7f3c2a9e-5b1d-4e8f-a0c6-2d9b8e7f1a3c before trying again.";
        ReportContent content = new ReportContent("Problems", List.of(), PRINTED_AT, List.of(new TableSection(
                HEADERS, WIDTHS, WRAP, List.of(List.of("2025-01-01 10:00", "a@contoso.com", "Blocked", "", details)))));
        String text = allText(pdf(content));
        String flowing = text.replaceAll("\\s+", " ");
        for (String word : details.split(" ")) {
            assertTrue(flowing.contains(word), "word kept: " + word);
        }
        long detailLines = text.lines().filter(l -> l.contains("locked") || l.contains("hours")
                || l.contains("policy")).count();
        assertTrue(detailLines >= 3, "details should span several lines:\n" + text);
    }

    @Test
    void aOneLineColumnValueTooWideForItsColumnIsBrokenNotCut() {
        String id = "0f8fad5b-d9cb-469f-a165-70867728950e-0f8fad5b-d9cb-469f-a165-70867728950e";
        ReportContent content = new ReportContent("Events", List.of(), PRINTED_AT, List.of(new TableSection(
                List.of("Correlation id", "Activity"), List.of(1f, 4f), List.of(false, true),
                List.of(List.of(id, "Reset password (self-service)")))));
        String joined = allText(pdf(content)).replaceAll("\\s+", "").replace("Resetpassword(self-service)", "");
        assertTrue(joined.contains(id), "the whole id is in the PDF");
    }

    @Test
    void aRowTallerThanAWholePageContinuesOnTheNextPage() {
        StringBuilder details = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            details.append("word").append(i).append(' ');
        }
        ReportContent content = new ReportContent("Huge", List.of(), PRINTED_AT, List.of(new TableSection(
                HEADERS, WIDTHS, WRAP, List.of(List.of("t", "u", "o", "m", details.toString().strip())))));
        List<String> pages = pageTexts(pdf(content));
        assertTrue(pages.size() >= 2, "the row continues on another page");
        String text = String.join(" ", pages);
        for (int i = 0; i < 1500; i++) {
            assertTrue(text.matches("(?s).*\\bword" + i + "\\b.*"), "word" + i + " kept");
        }
        assertEquals(HEADER_ROW, lines(pages.get(1)).get(1), "the header row repeats above the continuation");
    }

    @Test
    void anEmptyListSaysItHasNoRows() {
        ReportContent content = new ReportContent("Registrations", List.of(), PRINTED_AT,
                List.of(new TableSection(HEADERS, WIDTHS, WRAP, List.of())));
        List<String> lines = lines(allText(pdf(content)));
        assertEquals("No rows", lines.get(lines.indexOf(HEADER_ROW) + 1));
    }

    @Test
    void aTenThousandRowListIsReadOnceAndNoRowIsHeldAfterItIsDrawn() {
        List<WeakReference<List<String>>> made = new ArrayList<>();
        int[] stillHeldAtCheck = {0};
        Iterable<List<String>> rows = ReportFixture.streamed(10_000, i -> {
            if (i == 9_000) {
                System.gc();
                stillHeldAtCheck[0] = (int) made.stream().filter(r -> r.get() != null).count();
            }
            List<String> row = new ArrayList<>(ReportFixture.row(i));
            made.add(new WeakReference<>(row));
            return row;
        });
        ReportContent content = new ReportContent("Audit log", List.of(), PRINTED_AT,
                List.of(new TableSection(HEADERS, WIDTHS, WRAP, rows)));
        List<String> pages = pageTexts(pdf(content, PageSetup.defaults(), ENGLISH));
        assertEquals(10_000, made.size());
        assertTrue(stillHeldAtCheck[0] < 100, "rows still in memory after drawing: " + stillHeldAtCheck[0]);
        assertTrue(pages.get(pages.size() - 1).contains("user9999@contoso.com"));
        assertTrue(lines(pages.get(pages.size() - 1)).stream()
                .anyMatch(l -> l.endsWith("Page " + pages.size() + " of " + pages.size())));
    }

    @Test
    void aCursorGivenAsRowsIsClosedOnceTheTableIsDrawn() {
        boolean[] closed = {false};
        Iterable<List<String>> cursor = () -> new CloseableRows(3, () -> closed[0] = true);
        pdf(new ReportContent("Audit log", List.of(), PRINTED_AT,
                List.of(new TableSection(HEADERS, WIDTHS, WRAP, cursor))));
        assertTrue(closed[0]);
    }

    private static final class CloseableRows implements Iterator<List<String>>, AutoCloseable {
        private final int count;
        private final Runnable onClose;
        private int next;

        CloseableRows(int count, Runnable onClose) {
            this.count = count;
            this.onClose = onClose;
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public List<String> next() {
            return ReportFixture.row(next++);
        }

        @Override
        public void close() {
            onClose.run();
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
