package com.ssprviewer.report.document;

import static com.ssprviewer.report.document.ReportFixture.ENGLISH;
import static com.ssprviewer.report.document.ReportFixture.listReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageImagesTest {

    @Test
    void theSavedPdfRendersToOnePreviewImagePerPageAtTheAskedResolution(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.pdf");
        int written = PdfReportWriter.write(listReport("Audit log", 120), PageSetup.defaults(), ENGLISH, file);
        List<BufferedImage> images = PageImages.renderAll(file, 72);
        assertEquals(written, images.size());
        assertTrue(written > 1);
        assertEquals(595, images.get(0).getWidth(), 1);
        assertEquals(842, images.get(0).getHeight(), 1);
        try (PageImages pages = PageImages.open(file)) {
            assertEquals(1190, pages.render(0, 144).getWidth(), 1);
        }
    }

    @Test
    void aRenderedPageShowsInkNotABlankSheet() throws IOException {
        byte[] pdf = ReportFixture.pdf(listReport("Audit log", 10));
        try (PageImages pages = PageImages.open(pdf)) {
            BufferedImage image = pages.render(0, 50);
            Set<Integer> colours = new TreeSet<>();
            for (int y = 0; y < image.getHeight(); y += 3) {
                for (int x = 0; x < image.getWidth(); x += 3) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 10, "the page has text and rules, got " + colours.size() + " colours");
        }
    }

    @Test
    void savingAReportReplacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.pdf");
        Files.writeString(file, "old");
        PdfReportWriter.write(listReport("Audit log", 3), PageSetup.defaults(), ENGLISH, file);
        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList());
        }
    }
}
