package com.ssprviewer.ui.coverage;

import com.ssprviewer.ui.common.RunningTask;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.Tasks;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private final StoreAccess access;
    private final ReadOnlyObjectWrapper<CoverageData> data = new ReadOnlyObjectWrapper<>();
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

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last load's failure; empty when it succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
