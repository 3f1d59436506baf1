package com.ssprviewer.ui.coverage;

import com.ssprviewer.insight.Disagreements;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.RunningTask;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.Tasks;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The coverage blade's state: which snapshot is chosen (none: the newest), the data shown, loading and the last
 * error. Loads run in a background task; only the newest load's answer is kept, so choosing quickly never shows an
 * older choice. Plain JUnit drives it with {@link Tasks#sameThread()}.
 */
public final class CoverageModel {
    /** The disagreements count while it is being counted. */
    public static final int UNKNOWN = -1;
    private final StoreAccess access;
    private final ReadOnlyObjectWrapper<CoverageData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper disagreements = new ReadOnlyIntegerWrapper(UNKNOWN);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private LocalDate chosen;
    private RunningTask running;
    private long generation;
    private boolean closed;

    public CoverageModel(StoreAccess access) {
        this.access = access;
    }

    /** Shows the snapshot of {@code day} (on or before it); null for the newest, which follows new imports. */
    public void choose(LocalDate day) {
        chosen = day;
        load();
    }

    /** The chosen day; null while the newest snapshot is shown. */
    public LocalDate chosen() {
        return chosen;
    }

    /** Reads the store again for the chosen snapshot, e.g. after an import. */
    public void load() {
        if (closed) {
            return;
        }
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        LocalDate day = chosen;
        loading.set(true);
        error.set("");
        running = Tasks.create(() -> CoverageLoader.load(access.store(), day))
                .onSuccess(d -> {
                    if (mine == generation) {
                        data.set(d);
                        countDisagreements(mine);
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        error.set(String.valueOf(e.getMessage()));
                    }
                })
                .andFinally(() -> loading.set(mine != generation))
                .runOnce(access.executor());
    }

    /**
     * Counts the users whose registration events and snapshots disagree after the numbers are shown: it reads every
     * snapshot's rows of the users with registration events, which the numbers do not wait for.
     */
    private void countDisagreements(long mine) {
        disagreements.set(UNKNOWN);
        Tasks.create(() -> Disagreements.compute(access.store()).size())
                .onSuccess(n -> {
                    if (mine == generation) {
                        disagreements.set(n);
                    }
                })
                .runOnce(access.executor());
    }

    /** Reads the users behind a number in the background and hands them to {@code open} on the FX thread. */
    public void readUsers(Function<Store, List<UserRegistration>> read, Consumer<List<UserRegistration>> open) {
        Tasks.create(() -> read.apply(access.store()))
                .onSuccess(open::accept)
                .onError(e -> error.set(String.valueOf(e.getMessage())))
                .runOnce(access.executor());
    }

    /** Stops a running load; later loads are ignored. */
    public void close() {
        closed = true;
        if (running != null) {
            running.cancel();
        }
    }

    /** The data shown; null until the first load ends. */
    public ReadOnlyObjectProperty<CoverageData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** How many users' registration events and snapshots disagree; {@link #UNKNOWN} while being counted. */
    public ReadOnlyIntegerProperty disagreementsProperty() {
        return disagreements.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last load's failure; empty when it succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
