package com.ssprviewer.report.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.GregorianCalendar;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out a report as a PDF: the one layout used for the preview, the printer and "Save as PDF".
 *
 * <p>The first page opens with the title, a portal-blue rule, the header lines and the time of printing; every
 * section follows in order; tables run over as many pages as they need with their header row repeated. Page numbers
 * ("Page N of M") are stamped on every page once the layout is finished and M is known, so rows are read only once.
 * The document is backed by a temporary file, so memory stays bounded however many rows a table has.
 */
public final class PdfReportWriter {

    private PdfReportWriter() {
    }

    /**
     * Writes {@code content} as a PDF to {@code out} (which is not closed).
     *
     * @return the number of pages written
     */
    public static int write(ReportContent content, PageSetup setup, Labels labels, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             ReportFonts fonts = ReportFonts.load(document)) {
            String running = content.title() + " (" + labels.continued() + ")";
            String printedLine = labels.printed() + " " + TitleBlock.format(content.printedAt());
            try (PageFlow flow = new PageFlow(document, setup, fonts, running)) {
                new TitleBlock(flow).draw(content.title(), content.headerLines(), printedLine);
                for (Section section : content.sections()) {
                    render(flow, section, labels);
                }
            }
            FooterStamper.stamp(document, setup, fonts, labels, printedLine);
            describe(document, content);
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    /**
     * Writes the PDF to {@code file} through a temporary file beside it, so a failed layout never leaves a broken
     * or half-written report behind.
     *
     * @return the number of pages written
     */
    public static int write(ReportContent content, PageSetup setup, Labels labels, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".report-", ".pdf.tmp");
        try {
            int pages;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                pages = write(content, setup, labels, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return pages;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void render(PageFlow flow, Section section, Labels labels) throws IOException {
        if (!flow.atPageTop()) {
            flow.advance(ReportStyle.SECTION_GAP);
        }
        if (section instanceof TilesSection tiles) {
            new TilesRenderer(flow).render(tiles);
        } else if (section instanceof ChartSection chart) {
            new ChartRenderer(flow).render(chart);
        } else if (section instanceof TableSection table) {
            new TableRenderer(flow, table, labels).render();
        }
    }

    private static void describe(PDDocument document, ReportContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.title());
        info.setCreator("SSPR Audit Viewer");
        info.setProducer("SSPR Audit Viewer (Apache PDFBox)");
        info.setCreationDate(GregorianCalendar.from(content.printedAt()));
    }
}
