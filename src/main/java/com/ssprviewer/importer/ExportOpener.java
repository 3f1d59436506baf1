package com.ssprviewer.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a reader for one file; whoever imports chooses how (usually {@link ExportFormats#opener}), so the store
 * never decides formats itself.
 */
@FunctionalInterface
public interface ExportOpener {

    /**
     * Opens a file of audit events.
     *
     * @throws ExportFormatException when the file is not an export this opener reads; the message names the file
     *                               and why, and the store records the file as refused
     */
    ExportReader open(Path file) throws IOException;

    /**
     * Opens a file of any kind this opener reads: audit events or a registration snapshot. An opener that reads
     * only audit events needs nothing more than {@link #open}.
     *
     * @throws ExportFormatException as {@link #open}
     */
    default OpenedExport openAny(Path file) throws IOException {
        return new OpenedExport.Events(open(file));
    }
}
