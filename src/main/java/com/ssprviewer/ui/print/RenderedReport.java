package com.ssprviewer.ui.print;

import com.ssprviewer.report.document.PageImages;
import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One rendering of the report: the temporary PDF that is shown, printed and then deleted, and its pages opened for
 * drawing. {@link #discard()} closes and deletes it; call it off the FX thread (it waits for a page being drawn).
 *
 * @param generation the preview's rendering number
 * @param pdf        the temporary PDF file
 * @param pages      the PDF opened for drawing pages
 * @param pageCount  its number of pages
 * @param widthPt    the width of its pages, in points
 * @param heightPt   the height of its pages, in points
 */
record RenderedReport(long generation, Path pdf, PageImages pages, int pageCount, float widthPt, float heightPt) {

    /** Writes the report to a new temporary PDF and opens it; runs in a background task. */
    static RenderedReport render(long generation, ReportSpec spec, Store store,
                                 PageSetup setup) throws IOException {
        Path pdf = Files.createTempFile("sspr-preview-", ".pdf");
        pdf.toFile().deleteOnExit();
        try {
            int count = spec.write(store, setup, pdf);
            PageImages pages = PageImages.open(pdf);
            PageImages.PageSize size = count > 0 ? pages.pageSize(0)
                    : new PageImages.PageSize(setup.pageWidthPt(), setup.pageHeightPt());
            return new RenderedReport(generation, pdf, pages, count, size.widthPt(), size.heightPt());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pdf);
            throw e;
        }
    }

    void discard() {
        try {
            pages.close();
            Files.deleteIfExists(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the preview file " + pdf, e);
        }
    }
}
