package com.ssprviewer.report.document;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a report PDF as pictures, for the print preview: the preview shows the very file that is printed or
 * saved. Pages are rendered one at a time on demand, so a 300-page report does not sit in memory as images; the UI
 * turns each {@link BufferedImage} into its own image type. Rendering is serialised because PDFBox's renderer is
 * not thread-safe; call it from a background task.
 */
public final class PageImages implements Closeable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PageImages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens a PDF file for rendering; the file is read from disk as needed, not loaded whole. */
    public static PageImages open(Path pdf) throws IOException {
        return new PageImages(Loader.loadPDF(pdf.toFile()));
    }

    /** Opens a PDF held in memory (small reports, tests). */
    public static PageImages open(byte[] pdf) throws IOException {
        return new PageImages(Loader.loadPDF(pdf));
    }

    /** Renders every page of {@code pdf} at {@code dpi}; only for short reports, since all images stay in memory. */
    public static List<BufferedImage> renderAll(Path pdf, float dpi) throws IOException {
        try (PageImages pages = open(pdf)) {
            List<BufferedImage> images = new ArrayList<>(pages.pageCount());
            for (int i = 0; i < pages.pageCount(); i++) {
                images.add(pages.render(i, dpi));
            }
            return images;
        }
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The size of page {@code index} (0-based) in points, for laying out the preview before rendering. */
    public PageSize pageSize(int index) {
        PDRectangle box = document.getPage(index).getMediaBox();
        return new PageSize(box.getWidth(), box.getHeight());
    }

    /**
     * Renders page {@code index} (0-based) at {@code dpi} dots per inch (72 = actual size on a 72-dpi screen;
     * 96 to 150 for a preview).
     */
    public synchronized BufferedImage render(int index, float dpi) throws IOException {
        if (index < 0 || index >= pageCount()) {
            throw new IndexOutOfBoundsException("Page " + index + " of a " + pageCount() + "-page report");
        }
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public synchronized void close() throws IOException {
        document.close();
    }

    /**
     * A page's size in PDF points (1/72 inch).
     *
     * @param widthPt  the width
     * @param heightPt the height
     */
    public record PageSize(float widthPt, float heightPt) {
    }
}
