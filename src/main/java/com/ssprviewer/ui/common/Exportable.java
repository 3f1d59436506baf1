package com.ssprviewer.ui.common;

import java.nio.file.Path;

/**
 * A blade whose list can be saved as CSV (File > Export CSV). The shell asks the user where to save and calls
 * {@link #exportCsv(Path)} on the FX thread; the blade writes the file in a background task and reports in the
 * status bar. Blades without a list simply do not implement it, and the shell says so.
 */
public interface Exportable {

    /** Writes the current list (with its filters and sort) to {@code target}; must not block. */
    void exportCsv(Path target);
}
