package com.ssprviewer.ui.shell;

import com.ssprviewer.store.api.StoredView;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.ViewDocument;
import com.ssprviewer.store.query.ViewFileException;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.lists.ListBlade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The window's saved views: Save view of a list blade, and the navigation's Rename, Delete and Export, and File >
 * Import view. Questions are asked on the FX thread; every store call and file runs in a task, and the navigation's
 * list of views is read again after each change.
 */
public final class ViewActions implements SavedViewActions {
    private final ShellModel model;
    private final StoreSession session;
    private final FileDialogs dialogs;
    private final Supplier<Window> window;

    public ViewActions(ShellModel model, StoreSession session, FileDialogs dialogs, Supplier<Window> window) {
        this.model = model;
        this.session = session;
        this.dialogs = dialogs;
        this.window = window;
    }

    /** Reads the open store's views into the navigation. */
    public void reload() {
        if (!session.isOpen()) {
            model.savedViews().clear();
            return;
        }
        Tasks.create(() -> session.store().views(null))
                .onSuccess(views -> model.savedViews().setAll(views))
                .onError(e -> model.status().showMessage(I18n.format("view.failed", String.valueOf(e.getMessage()))))
                .runOnce(session.executor());
    }

    /** Asks for a name and saves the blade's filters, sort and columns under it (asking before replacing). */
    public void save(ListBlade<?> blade) {
        dialogs.askViewName(window.get(), "").ifPresent(name -> save(blade.captureView(name), false));
    }

    /** Saves a view; a name the list already has asks whether to replace that view. */
    void save(SavedView view, boolean replace) {
        Tasks.create(() -> session.store().saveView(view, replace))
                .onSuccess(saved -> {
                    if (saved) {
                        model.status().showMessage(I18n.format("view.saved", view.name()));
                        reload();
                    } else if (dialogs.confirmReplaceView(window.get(), view.name())) {
                        save(view, true);
                    }
                })
                .onError(e -> model.status().showMessage(I18n.format("view.failed", String.valueOf(e.getMessage()))))
                .runOnce(session.executor());
    }

    @Override
    public void rename(StoredView stored) {
        SavedView view = stored.view();
        dialogs.askViewName(window.get(), view.name()).ifPresent(name -> Tasks.create(
                () -> session.store().renameView(view.list(), view.name(), name))
                .onSuccess(renamed -> {
                    model.status().showMessage(renamed ? I18n.format("view.renamed", view.name(), name)
                            : I18n.format("view.nameTaken", name));
                    reload();
                })
                .onError(e -> model.status().showMessage(I18n.format("view.failed", String.valueOf(e.getMessage()))))
                .runOnce(session.executor()));
    }

    @Override
    public void delete(StoredView stored) {
        SavedView view = stored.view();
        if (!dialogs.confirmDeleteView(window.get(), view.name())) {
            return;
        }
        Tasks.create(() -> session.store().deleteView(view.list(), view.name()))
                .onSuccess(deleted -> {
                    model.status().showMessage(I18n.format("view.deleted", view.name()));
                    reload();
                })
                .onError(e -> model.status().showMessage(I18n.format("view.failed", String.valueOf(e.getMessage()))))
                .runOnce(session.executor());
    }

    @Override
    public void export(StoredView stored) {
        SavedView view = stored.view();
        dialogs.chooseViewTarget(window.get(), fileName(view.name())).ifPresent(file -> Tasks.create(() -> {
            Files.write(file, ViewDocument.write(view));
            return file;
        })
                .onSuccess(written -> model.status().showMessage(I18n.format("view.exported", view.name(),
                        String.valueOf(written.getFileName()))))
                .onError(e -> model.status().showMessage(I18n.format("view.exportFailed",
                        String.valueOf(file.getFileName()), String.valueOf(e.getMessage()))))
                .runOnce(session.executor()));
    }

    @Override
    public void importView() {
        dialogs.chooseViewFile(window.get()).ifPresent(this::importView);
    }

    /** Reads a view's file and saves it; a bad or foreign file is said in one sentence naming it. */
    public void importView(Path file) {
        Tasks.create(() -> read(file))
                .onSuccess(view -> save(view, false))
                .onError(e -> model.status().showMessage(e instanceof ViewFileRefused ? e.getMessage()
                        : I18n.format("view.failed", String.valueOf(e.getMessage()))))
                .runOnce(session.executor());
    }

    private static SavedView read(Path file) {
        try {
            return ViewDocument.read(Files.readAllBytes(file), String.valueOf(file.getFileName()));
        } catch (ViewFileException e) {
            throw new ViewFileRefused(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name for the view: its name without the characters file systems refuse. */
    static String fileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".json";
    }

    /** A view's file this program cannot use; its message is the sentence to show. */
    private static final class ViewFileRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ViewFileRefused(String sentence) {
            super(sentence);
        }
    }
}
