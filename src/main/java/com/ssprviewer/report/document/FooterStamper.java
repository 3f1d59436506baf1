package com.ssprviewer.report.document;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Adds the footer to every page after layout, when the page count is known: a thin rule, the time of printing on
 * the left and "Page N of M" on the right. Appending a content stream per page avoids laying the report out twice
 * (and reading a streamed table twice).
 */
final class FooterStamper {

    private FooterStamper() {
    }

    static void stamp(PDDocument document, PageSetup setup, ReportFonts fonts, Labels labels, String printedLine)
            throws IOException {
        int pages = document.getNumberOfPages();
        float left = setup.marginPt();
        float right = setup.pageWidthPt() - setup.marginPt();
        float ruleY = setup.marginPt() + ReportStyle.FOOTER_BAND - 6f;
        float baseline = setup.marginPt() + 2f;
        float size = ReportStyle.FOOTER_SIZE;
        String printed = fonts.printable(printedLine);
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            String pageText = fonts.printable(labels.pageOfPages(number, pages));
            float pageWidth = fonts.width(fonts.regular(), pageText, size);
            try (PDPageContentStream cs = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setStrokingColor(ReportStyle.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(left, ruleY);
                cs.lineTo(right, ruleY);
                cs.stroke();
                cs.setNonStrokingColor(ReportStyle.MUTED);
                cs.beginText();
                cs.setFont(fonts.regular(), size);
                cs.newLineAtOffset(left, baseline);
                cs.showText(printed);
                cs.newLineAtOffset(right - left - pageWidth, 0);
                cs.showText(pageText);
                cs.endText();
            }
        }
    }
}
