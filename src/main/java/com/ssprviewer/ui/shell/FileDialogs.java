package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.I18n;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native file and folder choosers behind File > Import and Open store; tests replace them. */
public interface FileDialogs {

    /** The export files the user picked; empty when cancelled. */
    List<Path> chooseImportFiles(Window owner);

    /** The store folder the user picked; empty when cancelled. */
    Optional<Path> chooseStoreDirectory(Window owner);

    /**
     * Where to save a CSV export, suggesting {@code suggestedName}; empty when cancelled. Dialogs that cannot save
     * (test doubles) keep this default.
     */
    default Optional<Path> chooseCsvTarget(Window owner, String suggestedName) {
        return Optional.empty();
    }

    /**
     * Where to save a report as PDF, suggesting {@code suggestedName}; empty when cancelled. Dialogs that cannot
     * save (test doubles) keep this default.
     */
    default Optional<Path> choosePdfTarget(Window owner, String suggestedName) {
        return Optional.empty();
    }

    /**
     * The day a registration snapshot without dates was taken, offering {@code offered} (the file's last-modified
     * day); empty when the user cancels, which skips the file. Dialogs that cannot ask (test doubles) keep this
     * default.
     */
    default Optional<LocalDate> chooseSnapshotDay(Window owner, Path file, LocalDate offered) {
        return Optional.empty();
    }

    /**
     * The passphrase of the encrypted store in {@code store}, with {@code problem} said above the field (null the
     * first time, then why it asks again); empty when the user cancels. Dialogs that cannot ask (test doubles) keep
     * this default.
     */
    default Optional<char[]> askPassphrase(Window owner, Path store, String problem) {
        return Optional.empty();
    }

    /**
     * Asks for a store's new passphrase (typed twice), or, for an {@code encrypted} store, whether to remove the
     * encryption; empty when cancelled.
     */
    default Optional<NewPassphrase> askNewPassphrase(Window owner, Path store, boolean encrypted) {
        return Optional.empty();
    }

    /**
     * Whether to cancel the work that runs (each task named in {@code running}) and close the window; false keeps
     * the window open and the work running. Dialogs that cannot ask (test doubles) keep this default: close.
     */
    default boolean confirmCloseWhileBusy(Window owner, List<String> running) {
        return true;
    }

    /**
     * The name to save or rename a view under, offering {@code current}; empty when cancelled. The dialog refuses a
     * blank or too long name itself. Dialogs that cannot ask (test doubles) keep this default.
     */
    default Optional<String> askViewName(Window owner, String current) {
        return Optional.empty();
    }

    /** Whether to replace the list's view named {@code name}; test doubles keep this default: no. */
    default boolean confirmReplaceView(Window owner, String name) {
        return false;
    }

    /** Whether to delete the view named {@code name}; test doubles keep this default: no. */
    default boolean confirmDeleteView(Window owner, String name) {
        return false;
    }

    /** The view's file to import; empty when cancelled. */
    default Optional<Path> chooseViewFile(Window owner) {
        return Optional.empty();
    }

    /** Where to write a view's file, suggesting {@code suggestedName}; empty when cancelled. */
    default Optional<Path> chooseViewTarget(Window owner, String suggestedName) {
        return Optional.empty();
    }

    /** The platform's own dialogs. */
    static FileDialogs system() {
        return new ViewDialogs() {
            @Override
            public List<Path> chooseImportFiles(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(I18n.get("dialog.import.title"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(I18n.get("dialog.import.exports"), "*.csv", "*.json"),
                        new FileChooser.ExtensionFilter(I18n.get("dialog.import.all"), "*.*"));
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> chooseStoreDirectory(Window owner) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(I18n.get("dialog.openStore.title"));
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<LocalDate> chooseSnapshotDay(Window owner, Path file, LocalDate offered) {
                return SnapshotDayDialog.ask(owner, file, offered);
            }

            @Override
            public Optional<char[]> askPassphrase(Window owner, Path store, String problem) {
                return PassphraseDialog.ask(owner, store, problem);
            }

            @Override
            public Optional<NewPassphrase> askNewPassphrase(Window owner, Path store, boolean encrypted) {
                return NewPassphraseDialog.ask(owner, store, encrypted);
            }

            @Override
            public boolean confirmCloseWhileBusy(Window owner, List<String> running) {
                return CloseWhileBusyDialog.ask(owner, running);
            }

            @Override
            public Optional<Path> chooseCsvTarget(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(I18n.get("dialog.export.title"));
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("dialog.export.csv"),
                        "*.csv"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("dialog.export.xlsx"),
                        "*.xlsx"));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> choosePdfTarget(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(I18n.get("dialog.pdf.title"));
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("dialog.pdf.filter"),
                        "*.pdf"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("dialog.export.xlsx"),
                        "*.xlsx"));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FileDialogs::withPdf);
            }
        };
    }

    /**
     * Adds ".pdf" when the user typed a name without it, as some platforms' save dialogs do not; a workbook's name
     * stays.
     */
    private static Path withPdf(Path chosen) {
        String name = String.valueOf(chosen.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".xlsx") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".pdf");
    }
}
