package com.ssprviewer.report.document;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pen moving down the pages: the current page and its content stream, the free space left on it, and page breaks.
 * Each page's content stream is closed as soon as the page is full, so with a temp-file backed document only the
 * page being drawn is in memory. Every page after the first opens with a running title ("Title - continued").
 */
final class PageFlow implements Closeable {

    private final PDDocument document;
    private final PageSetup setup;
    private final ReportFonts fonts;
    private final String runningTitle;
    private PDPageContentStream stream;
    private float y;
    private float contentTop;

    PageFlow(PDDocument document, PageSetup setup, ReportFonts fonts, String runningTitle) {
        this.document = document;
        this.setup = setup;
        this.fonts = fonts;
        this.runningTitle = fonts.printable(runningTitle).replace('\n', ' ');
    }

    ReportFonts fonts() {
        return fonts;
    }

    PDDocument document() {
        return document;
    }

    float left() {
        return setup.marginPt();
    }

    float width() {
        return setup.pageWidthPt() - 2 * setup.marginPt();
    }

    float top() {
        return setup.pageHeightPt() - setup.marginPt();
    }

    float bottom() {
        return setup.marginPt() + ReportStyle.FOOTER_BAND;
    }

    /** Height usable for content on a page after the first. */
    float fullPageHeight() {
        return top() - runningTitleHeight() - bottom();
    }

    float y() {
        return y;
    }

    float remaining() {
        return y - bottom();
    }

    boolean atPageTop() {
        return y == contentTop;
    }

    void advance(float height) {
        y -= height;
    }

    /** Starts a new page when {@code height} does not fit on the current one (unless it is still empty). */
    void ensureRoom(float height) throws IOException {
        if (height > remaining() && !atPageTop()) {
            newPage();
        }
    }

    /** Closes the current page and starts the next one below its running title. */
    void newPage() throws IOException {
        boolean first = stream == null && document.getNumberOfPages() == 0;
        closeStream();
        PDPage page = new PDPage(new PDRectangle(setup.pageWidthPt(), setup.pageHeightPt()));
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = top();
        if (!first) {
            drawRunningTitle();
        }
        contentTop = y;
    }

    PDPageContentStream stream() throws IOException {
        if (stream == null) {
            newPage();
        }
        return stream;
    }

    void text(PDFont font, float size, Color color, float x, float baseline, String printable) throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        PDPageContentStream cs = stream();
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable);
        cs.endText();
    }

    void fill(Color color, float x, float yBottom, float w, float h) throws IOException {
        PDPageContentStream cs = stream();
        cs.setNonStrokingColor(color);
        cs.addRect(x, yBottom, w, h);
        cs.fill();
    }

    void rule(Color color, float lineWidth, float x1, float yLine, float x2) throws IOException {
        PDPageContentStream cs = stream();
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, yLine);
        cs.lineTo(x2, yLine);
        cs.stroke();
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }

    private float runningTitleHeight() {
        return ReportStyle.RUNNING_TITLE_SIZE + 10f;
    }

    private void drawRunningTitle() throws IOException {
        float size = ReportStyle.RUNNING_TITLE_SIZE;
        float natural = fonts.width(fonts.bold(), runningTitle, size);
        float fitted = natural > width() ? size * width() / natural * 0.995f : size;
        text(fonts.bold(), fitted, ReportStyle.MUTED, left(), y - size, runningTitle);
        rule(ReportStyle.ACCENT, 0.75f, left(), y - size - 4f, left() + width());
        y -= runningTitleHeight();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
