package com.ssprviewer.report.document;

import static com.ssprviewer.report.document.ReportFixture.ENGLISH;
import static com.ssprviewer.report.document.ReportFixture.HEADERS;
import static com.ssprviewer.report.document.ReportFixture.HEADER_LINES;
import static com.ssprviewer.report.document.ReportFixture.PRINTED_AT;
import static com.ssprviewer.report.document.ReportFixture.PRINTED_LINE;
import static com.ssprviewer.report.document.ReportFixture.SWEDISH;
import static com.ssprviewer.report.document.ReportFixture.WIDTHS;
import static com.ssprviewer.report.document.ReportFixture.WRAP;
import static com.ssprviewer.report.document.ReportFixture.allText;
import static com.ssprviewer.report.document.ReportFixture.lines;
import static com.ssprviewer.report.document.ReportFixture.listReport;
import static com.ssprviewer.report.document.ReportFixture.pageTexts;
import static com.ssprviewer.report.document.ReportFixture.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class ReportLayoutTest {

    private static ReportContent overview() {
        return new ReportContent("Password reset overview", HEADER_LINES, PRINTED_AT, List.of(
                new TilesSection(List.of(new Tile("Registered users", "1284", "with a successful registration"),
                        new Tile("Resets in the last 7 days", "42", "of 57 attempts"),
                        new Tile("Reset attempts", "3911", ""))),
                new ChartSection("Outcomes", new PieChart(List.of(new PieChart.Slice("Succeeded", 30),
                        new PieChart.Slice("Failed", 10), new PieChart.Slice("Blocked", 0)))),
                new ChartSection("Attempts per day", new StackedBarChart(List.of("03-12", "03-13"), List.of(
                        new StackedBarChart.Series("Succeeded", List.of(3.0, 4.0)),
                        new StackedBarChart.Series("Failed", List.of(1.0, 0.0)))))));
    }

    @Test
    void theFirstPageOpensWithTheTitleHeaderLinesAndTimeOfPrinting() {
        List<String> lines = lines(pageTexts(pdf(overview())).get(0));
        List<String> expected = new ArrayList<>();
        expected.add("Password reset overview");
        expected.addAll(HEADER_LINES);
        expected.add(PRINTED_LINE);
        assertEquals(expected, lines.subList(0, expected.size()));
    }

    @Test
    void tilesAndChartLegendsAreRealText() {
        String text = allText(pdf(overview()));
        for (String expected : List.of("Registered users", "1284", "Resets in the last 7 days", "42",
                "of 57 attempts", "3911", "Outcomes", "Succeeded 30 (75%)", "Failed 10 (25%)", "Blocked 0 (0%)",
                "Attempts per day", "Succeeded 7", "Failed 1", "03-12", "03-13")) {
            assertTrue(text.replaceAll(" +", " ").contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void aRasterChartIsEmbeddedAtItsFullResolution() throws IOException {
        BufferedImage image = new BufferedImage(900, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 900, 450);
        g.dispose();
        ReportContent content = new ReportContent("Charts", List.of(), PRINTED_AT,
                List.of(new ChartSection("Methods", new RasterChart(image, 3f))));
        try (PDDocument document = Loader.loadPDF(pdf(content))) {
            PDPage page = document.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                images.add((PDImageXObject) page.getResources().getXObject(name));
            }
            assertEquals(1, images.size());
            assertEquals(900, images.get(0).getWidth());
        }
    }

    @Test
    void swedishCharactersSurviveIntoTheText() {
        ReportContent content = new ReportContent("Återställningar för Åsa Öberg",
                List.of("Filter: utfall är Blockerad, användare åäö ÅÄÖ"), PRINTED_AT, List.of(new TableSection(
                        HEADERS, WIDTHS, WRAP, List.of(List.of("2025-01-01 10:00", "åsa.öberg@contoso.se", "Blockerad",
                                "Mobiltelefon", "Användaren är spärrad i 24 timmar")))));
        String text = allText(pdf(content, PageSetup.defaults(), SWEDISH));
        for (String expected : List.of("Återställningar för Åsa Öberg", "användare åäö ÅÄÖ", "åsa.öberg@contoso.se",
                "Användaren är spärrad i 24 timmar", "Sida 1 av 1", "Utskriven 2025-03-14 09:30")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailingTheReport() {
        ReportContent content = new ReportContent("Users", List.of("名前 \u0001tab\there"), PRINTED_AT, List.of());
        String text = allText(pdf(content));
        assertTrue(text.contains("?? tab here"), text);
    }

    @Test
    void copiedTextHasPlainLettersNotLigatures() throws IOException {
        ReportContent content = new ReportContent("Suspicious findings", List.of("Method: Office Phone, notification"),
                PRINTED_AT, List.of());
        StringBuilder raw = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> raw.append(p.getUnicode()));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf(content))) {
            stripper.getText(document);
        }
        assertTrue(raw.toString().contains("Suspicious findings"), raw.toString());
        assertTrue(raw.toString().contains("Office Phone, notification"), raw.toString());
        assertTrue(raw.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligature in " + raw);
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(listReport("Audit log", 5)))) {
            PDPage page = document.getPage(0);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans.*"), font.getName() + " is a subset");
                fonts++;
            }
            assertEquals(2, fonts);
        }
    }

    @Test
    void landscapePagesAreWiderThanTall() throws IOException {
        byte[] pdf = pdf(listReport("Audit log", 100), new PageSetup(Paper.A4, true, 12), ENGLISH);
        try (PageImages pages = PageImages.open(pdf)) {
            assertTrue(pages.pageCount() > 1);
            for (int i = 0; i < pages.pageCount(); i++) {
                PageImages.PageSize size = pages.pageSize(i);
                assertTrue(size.widthPt() > size.heightPt(), "page " + (i + 1) + " is landscape");
            }
        }
    }

    @Test
    void letterAndA4PagesHaveTheirOwnSizes() throws IOException {
        assertPageSize(Paper.A4, 595, 842);
        assertPageSize(Paper.LETTER, 612, 792);
    }

    @Test
    void landscapeListsTakeMorePagesBecauseEachPageHoldsFewerRows() {
        int portrait = pageTexts(pdf(listReport("Audit log", 300), new PageSetup(Paper.A4, false, 15), ENGLISH))
                .size();
        int landscape = pageTexts(pdf(listReport("Audit log", 300), new PageSetup(Paper.A4, true, 15), ENGLISH))
                .size();
        assertTrue(landscape > portrait, "landscape pages are shorter, so there are more of them");
    }

    private static void assertPageSize(Paper paper, int width, int height) throws IOException {
        try (PageImages pages = PageImages.open(pdf(listReport("Audit log", 3), new PageSetup(paper, false, 15),
                ENGLISH))) {
            assertEquals(width, Math.round(pages.pageSize(0).widthPt()), paper + " width");
            assertEquals(height, Math.round(pages.pageSize(0).heightPt()), paper + " height");
        }
    }
}
