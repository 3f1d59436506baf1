package com.ssprviewer.report.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a workbook through a temporary file beside the target, moved into place only once it is complete: a
 * cancelled or failed export leaves no half workbook, and an earlier file of that name stays as it was.
 */
final class XlsxFile {

    /** The start and end of the temporary files' names; a dot keeps a left-over one out of sight. */
    static final String TEMP_PREFIX = ".export-";
    static final String TEMP_SUFFIX = ".xlsx.tmp";
    private static final String APPLICATION = "SSPR Audit Viewer";

    /** Fills a workbook's sheets. */
    @FunctionalInterface
    interface Content {
        void write(Workbook workbook) throws IOException, TooManyRowsException;
    }

    private XlsxFile() {
    }

    static void write(Path target, Content content) throws IOException, TooManyRowsException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                Workbook workbook = new Workbook(out, APPLICATION, null);
                content.write(workbook);
                workbook.finish();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
