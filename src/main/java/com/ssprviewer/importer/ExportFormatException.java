package com.ssprviewer.importer;

import java.io.IOException;

/**
 * A file that cannot be imported as a whole: not an export at all, or broken beyond one row.
 * The message is one sentence a person can act on and names the file (and the line where known).
 */
public class ExportFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public ExportFormatException(String message) {
        super(message);
    }

    public ExportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
