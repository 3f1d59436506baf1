package com.ssprviewer.ui.print;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save the report as PDF (the platform's save dialog; tests answer with a fixed path). */
@FunctionalInterface
public interface PdfTarget {

    /** The file the user chose, suggesting {@code suggestedName}; empty when cancelled. */
    Optional<Path> choose(Window owner, String suggestedName);
}
