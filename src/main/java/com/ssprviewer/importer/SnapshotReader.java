package com.ssprviewer.importer;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the users of one registration snapshot file (per-user registration state, not audit events). Obtained
 * through {@link ExportFormats#open}, the same detection as audit exports.
 */
public interface SnapshotReader extends Closeable {

    ExportFormat format();

    /**
     * The next user, or null at the end of the file.
     *
     * @throws ExportFormatException when the file breaks off in a way no later row can be read from
     */
    SnapshotRow next() throws IOException;

    /** Bytes of the file consumed so far, for progress. */
    long bytesRead();
}
