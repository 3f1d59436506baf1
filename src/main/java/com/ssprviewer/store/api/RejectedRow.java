package com.ssprviewer.store.api;

/** A row an import could not read, kept so the user can fix the source and see what was left out. */
public record RejectedRow(String fileName, long line, String reason) {

    @Override
    public String toString() {
        return fileName + ":" + line + ": " + reason;
    }
}
