package com.ssprviewer.ui.shell;

import com.ssprviewer.handoff.StoreWait;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.FolderAccess;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.RunningTask;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.welcome.SampleStoreJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens a store in the background and makes it the window's: at start (with a progress blade and, on failure, a
 * clear message instead of a stack trace; a store a command holds is waited for, saying so), from File > Open
 * store, and for "Explore sample data"; an encrypted store's passphrase is asked for (three tries) before it is
 * opened. Keeps the title
 * saying which store is open and whether it is the sample.
 */
final class StoreSwitcher {

    /**
     * How long a store a command holds (an import, a report) is waited for before the window says it could not be
     * opened; the status bar's Cancel stops waiting sooner. A store another window holds is not waited for.
     */
    private static final Duration COMMAND_WAIT = Duration.ofHours(1);
    /** How many passphrases the window tries before it gives up opening an encrypted store. */
    static final int TRIES = 3;

    /** What to show once a store is open: the welcome blade for an empty store, else the lists. */
    interface Landing {
        void landed(boolean empty, List<ImportResult> imported);
    }

    private final ShellModel model;
    private final StoreSession session;
    private final Landing landing;
    private final Consumer<Path> reopen;
    private final Runnable chooseOther;
    private final PassphraseAsker asker;

    /** Asks the user for an encrypted store's passphrase, from a worker that waits for the answer. */
    interface PassphraseAsker {
        /** The passphrase typed, empty when cancelled; {@code problem} says why it asks again (null at first). */
        Optional<char[]> ask(Path dir, String problem);
    }

    /** {@code reopen} and {@code chooseOther} are what the start blade's buttons do after a failed first open. */
    StoreSwitcher(ShellModel model, StoreSession session, Landing landing, Consumer<Path> reopen,
                  Runnable chooseOther, PassphraseAsker asker) {
        this.model = model;
        this.session = session;
        this.landing = landing;
        this.reopen = reopen;
        this.chooseOther = chooseOther;
        this.asker = asker;
    }

    /** Opens {@code dir}; while no store is open yet, a start blade shows progress or the error. */
    RunningTask open(Path dir, Runnable andFinally) {
        boolean first = !session.isOpen();
        if (first) {
            model.blades().openRoot(StartBlade.opening(dir));
        }
        String name = ViewerApp.storeName(dir);
        return Tasks.createReporting(progress -> opened(openAsking(dir, passphrase -> StoreWait.openWhenFree(dir,
                        COMMAND_WAIT, progress, () -> progress.message(I18n.format("store.waitingForCommand", name)),
                        passphrase, rows -> progress.message(I18n.format("store.cleaning", rows))))))
                .showingIn(model.status(), I18n.format("store.opening", name))
                .onSuccess(opened -> {
                    switchTo(opened.store(), dir, false, opened.readOnly());
                    landing.landed(opened.empty(), List.of());
                    noticeAccess(opened.access(), dir);
                    if (opened.readOnly()) {
                        model.status().showMessage(I18n.format(opened.diskFull() ? "store.diskFull" : "store.readOnly",
                                ViewerApp.storeName(dir)));
                    }
                })
                .onError(error -> failed(dir, error, first))
                .onCancelled(() -> failed(dir, new StoreException(I18n.format("store.waitCancelled", name)), first))
                .andFinally(andFinally)
                .runOnce(session.executor());
    }

    /** Generates and imports the sample into {@code sampleDir} (once), then switches the window to it. */
    RunningTask openSample(Path sampleDir, SampleSpec spec, Runnable andFinally) {
        return Tasks.createReporting(new SampleStoreJob(sampleDir, spec))
                .showingIn(model.status(), I18n.get("sample.opening"))
                .onSuccess(result -> {
                    switchTo(result.store(), sampleDir, true, false);
                    model.status().showMessage(I18n.get("sample.ready"));
                    landing.landed(false, result.imports());
                })
                .onError(error -> model.status().showMessage(I18n.format("sample.failed", message(error))))
                .andFinally(andFinally)
                .runOnce(session.executor());
    }

    private void switchTo(Store store, Path dir, boolean sample, boolean readOnly) {
        session.switchTo(store, dir, sample, readOnly);
        String name = ViewerApp.storeName(dir);
        model.storeFolderProperty().set(dir);
        model.storeNameProperty().unbind();
        if (sample) {
            model.storeNameProperty().bind(I18n.text("store.sampleName", name));
        } else {
            model.storeNameProperty().set(name);
        }
    }

    private void failed(Path dir, Throwable error, boolean first) {
        String detail = message(error);
        if (first) {
            model.blades().openRoot(StartBlade.failed(dir, detail, () -> reopen.accept(dir), chooseOther));
            model.status().showMessage(I18n.format("store.openFailed", ViewerApp.storeName(dir)));
        } else {
            model.status().showMessage(I18n.format("store.openFailed", ViewerApp.storeName(dir)) + " " + detail);
        }
    }

    /** Says in the status bar when the store's folder was, or still is, open to other accounts. */
    private void noticeAccess(FolderAccess access, Path dir) {
        String folder = dir.toAbsolutePath().normalize().toString();
        if (access == FolderAccess.MADE_OWNER_ONLY) {
            model.status().showMessage(I18n.format("store.madeOwnerOnly", folder));
        } else if (access == FolderAccess.OPEN_TO_OTHERS) {
            model.status().showMessage(I18n.format("store.openToOthers", folder));
        }
    }

    /**
     * Opens the store, asking for its passphrase when it is encrypted: up to {@value #TRIES} tries, each wrong one
     * said in the dialog with the tries left; the last wrong one fails with the store's sentence.
     */
    /** Opens the store through {@code opening}, asking for its passphrase first when it is encrypted. */
    private Store openAsking(Path dir, Opening opening) throws StoreException, InterruptedException {
        if (!Store.encrypted(dir)) {
            return opening.open(null);
        }
        String problem = null;
        for (int tried = 1;; tried++) {
            Optional<char[]> given = asker.ask(dir, problem);
            if (given.isEmpty()) {
                throw new StoreException(I18n.format("store.passphraseNotGiven", dir.toAbsolutePath().normalize()));
            }
            char[] chars = given.get();
            try {
                return opening.open(Passphrase.of(chars));
            } catch (StoreException e) {
                if (e.problem() != StoreProblem.WRONG_PASSPHRASE || tried == TRIES) {
                    throw e;
                }
                problem = I18n.format("dialog.passphrase.wrong", TRIES - tried);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
    }

    /** Opens the store with a passphrase (null: a plain store). */
    private interface Opening {
        Store open(Passphrase passphrase) throws StoreException, InterruptedException;
    }

    private static Opened opened(Store store) {
        try {
            return new Opened(store, store.imports().isEmpty(), store.folderAccess(), store.readOnly(),
                    store.diskFull());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static String message(Throwable error) {
        return error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
    }

    private record Opened(Store store, boolean empty, FolderAccess access, boolean readOnly, boolean diskFull) {
    }
}
