package com.ssprviewer.ui.shell;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.RunningTask;
import com.ssprviewer.ui.common.Tasks;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * File > Store passphrase: encrypts the open store, changes its passphrase or removes its encryption. The store is
 * closed, rewritten with the status bar's progress and Cancel (a cancel or a failure leaves it as it was), then
 * opened again, which asks for the passphrase it has now. The questions are asked on the FX thread while the worker
 * that runs the change waits for the answers ({@link FxQuestion}).
 */
final class PassphraseChange {

    /** How the change ended, with what the status bar says of it (nothing when it was not asked for). */
    enum Outcome {
        ENCRYPTED("passphrase.encrypted"), CHANGED("passphrase.changed"), REMOVED("passphrase.removed"),
        NOT_ASKED(null);

        private final String key;

        Outcome(String key) {
            this.key = key;
        }
    }

    private final ShellModel model;
    private final StoreSession session;
    private final FileDialogs dialogs;
    private final Supplier<Window> window;

    PassphraseChange(ShellModel model, StoreSession session, FileDialogs dialogs, Supplier<Window> window) {
        this.model = model;
        this.session = session;
        this.dialogs = dialogs;
        this.window = window;
    }

    /**
     * Starts the change of the open store; {@code reopen} runs on the FX thread afterwards whenever the store was
     * closed for it, {@code andFinally} when nothing was closed.
     *
     * @return the running task, or null when no store of the person's own is open
     */
    RunningTask start(Consumer<Path> reopen, Runnable andFinally) {
        Path dir = session.directoryProperty().get();
        if (!session.isOpen() || dir == null || session.sampleProperty().get()) {
            model.status().showMessage(I18n.get("passphrase.noStore"));
            return null;
        }
        boolean[] closed = new boolean[1];
        return Tasks.createReporting(progress -> {
            boolean encrypted = Store.encrypted(dir);
            char[] current = null;
            if (encrypted) {
                Optional<char[]> given = FxQuestion.ask(() -> dialogs.askPassphrase(window.get(), dir, null));
                if (given.isEmpty()) {
                    return Outcome.NOT_ASKED;
                }
                current = given.get();
            }
            Optional<NewPassphrase> next = FxQuestion.ask(
                    () -> dialogs.askNewPassphrase(window.get(), dir, encrypted));
            if (next.isEmpty()) {
                return Outcome.NOT_ASKED;
            }
            Store open = FxQuestion.ask(session::detach);
            closed[0] = true;
            open.close();
            try {
                Store.changePassphrase(dir, current == null ? null : Passphrase.of(current),
                        next.get().removes() ? null : Passphrase.of(next.get().value()), progress);
            } finally {
                if (current != null) {
                    Arrays.fill(current, '\0');
                }
                if (!next.get().removes()) {
                    Arrays.fill(next.get().value(), '\0');
                }
            }
            return next.get().removes() ? Outcome.REMOVED : encrypted ? Outcome.CHANGED : Outcome.ENCRYPTED;
        })
                .showingIn(model.status(), I18n.get("passphrase.changing"))
                .onSuccess(outcome -> {
                    if (outcome.key != null) {
                        model.status().showMessage(I18n.get(outcome.key));
                    }
                })
                .onError(error -> model.status().showMessage(I18n.format("passphrase.failed",
                        error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName())))
                .andFinally(() -> {
                    if (closed[0]) {
                        reopen.accept(dir);
                    } else {
                        andFinally.run();
                    }
                })
                .runOnce(session.executor());
    }
}
