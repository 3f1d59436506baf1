package com.ssprviewer.store;

/**
 * Lets the caller of an import follow its progress and stop it. Called on the importing thread, so implementations
 * hand values over to the UI themselves; a cancel leaves the store exactly as it was before the file.
 */
public interface ImportListener {

    /** Nothing to report, never cancelled. */
    ImportListener NONE = new ImportListener() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The share of the file read so far, 0 to 1. */
    void progress(double fraction);

    /** Polled for every row; true stops the import and undoes it. */
    boolean cancelled();
}
