package com.ssprviewer.ui.removal;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.Removal;
import com.ssprviewer.ui.common.Dialogs;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.work.Progress;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * A removal from the window (old data, or every row about a user): the store counts what would go in the background,
 * the person confirms in a dialog naming those counts, and the removal then runs in the background with progress and
 * Cancel in the status bar (cancelling removes nothing). Only after it committed are the open blades told.
 */
public final class RemovalFlow {

    /** Asks the person to confirm; the default shows a confirmation dialog. */
    public interface Confirmation {
        boolean confirm(String title, String header, String counts);
    }

    private final StoreAccess access;
    private final StatusModel status;
    private final Runnable changed;
    private Confirmation confirmation = RemovalFlow::dialog;

    /** {@code changed} runs on the FX thread once a removal committed (open lists and the history read again). */
    public RemovalFlow(StoreAccess access, StatusModel status, Runnable changed) {
        this.access = Objects.requireNonNull(access);
        this.status = Objects.requireNonNull(status);
        this.changed = Objects.requireNonNull(changed);
    }

    /** Replaces the dialog (tests that answer for the person). */
    public RemovalFlow confirmingWith(Confirmation replacement) {
        this.confirmation = Objects.requireNonNull(replacement);
        return this;
    }

    /**
     * Counts with {@code preview}, asks with the texts of {@code titleKey} and {@code headerKey} (its one argument
     * {@code subject}), then runs {@code remove} with the running text of {@code runningKey}.
     */
    public void start(Function<Store, Removal> preview, BiFunction<Store, Progress, Removal> remove, String titleKey,
                      String headerKey, Object subject, String runningKey) {
        Tasks.create(() -> preview.apply(access.store()))
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        status.showMessage(I18n.get("removal.nothing"));
                    } else if (confirmation.confirm(I18n.get(titleKey), I18n.format(headerKey, subject),
                            counts(found))) {
                        run(remove, runningKey);
                    }
                })
                .onError(this::failed)
                .runOnce(access.executor());
    }

    private void run(BiFunction<Store, Progress, Removal> remove, String runningKey) {
        Tasks.createReporting(progress -> remove.apply(access.store(), progress))
                .showingIn(status, I18n.get(runningKey))
                .onSuccess(done -> {
                    status.showMessage(I18n.format("removal.done", done.rows()));
                    changed.run();
                })
                .onError(this::failed)
                .runOnce(access.executor());
    }

    private void failed(Throwable error) {
        status.showMessage(I18n.format("removal.failed", String.valueOf(error.getMessage())));
    }

    /** What a removal takes, by kind, in the window's language. */
    public static String counts(Removal r) {
        return I18n.format("removal.counts", r.events(), r.policyChanges(), r.attempts(), r.registrations(),
                r.roles(), r.snapshots(), r.snapshotRows(), r.people(), r.notes());
    }

    private static boolean dialog(String title, String header, String counts) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, counts, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("removal-confirm");
        Dialogs.dress(alert.getDialogPane(), null);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK))
                .setText(I18n.get("removal.confirm.remove"));
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
