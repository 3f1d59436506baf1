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
     * @throws ExportFormatException when the file is not an export this opener reads; the message names the file
     *                               and why, and the store records the file as refused
     */
    ExportReader open(Path file) throws IOException;
}
