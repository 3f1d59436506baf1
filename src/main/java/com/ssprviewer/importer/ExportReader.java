package com.ssprviewer.importer;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the rows of one export file; memory does not grow with the file's size.
 * Obtained from {@link ExportFormats#open}.
 */
public interface ExportReader extends Closeable {

    ExportFormat format();

    /**
     * The next row, or null at the end of the file.
     *
     * @throws ExportFormatException when the file breaks off in a way no later row can be read from
     *                               (e.g. malformed JSON); the whole file must then be refused
     */
    ParsedRow next() throws IOException;

    /** Bytes of the file consumed so far, for progress. */
    long bytesRead();
}
