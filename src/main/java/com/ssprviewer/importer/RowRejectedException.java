package com.ssprviewer.importer;

/** One row cannot be read; the message is the short reason the import shows after {@code file:line:}. */
final class RowRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
