package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import java.nio.file.Path;
import java.util.List;

/**
 * What the menu bar, its shortcuts and drag and drop ask the rest of the application to do. The shell owns the
 * dialogs (file choosers, About, Exit); everything that touches the store is behind this interface, implemented by
 * the wiring once the importer, store and report exist. Methods are called on the FX thread and must not block:
 * they start tasks.
 */
public interface ShellActions {

    /** Imports the chosen or dropped files (one or more), e.g. with progress in the status bar. */
    void importFiles(List<Path> files);

    /** Imports role lists (who holds which directory role), so administrators are known without classic reports. */
    void importRoleLists(List<Path> files);

    /** Opens (or creates) the store in {@code storeDir}. */
    void openStore(Path storeDir);

    /** Encrypts the open store, changes its passphrase or removes its encryption, as the person chooses. */
    void changePassphrase();

    /** Prints the newest open blade; {@code current} is null when no blade is open. */
    void print(Blade current);

    /** Exports the list of the newest open blade to CSV; {@code current} is null when no blade is open. */
    void exportCsv(Blade current);

    /** The saved views' actions (rename, delete, export, import). */
    default SavedViewActions savedViews() {
        return SavedViewActions.NONE;
    }
}
