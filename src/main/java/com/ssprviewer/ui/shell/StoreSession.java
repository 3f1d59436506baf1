package com.ssprviewer.ui.shell;

import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.StoreAccess;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's one open store and its worker threads: the {@link StoreAccess} every blade is given. Switching stores
 * happens on the FX thread with a store already opened in the background; the previous store is closed in the
 * background and {@link DataEvents} tells open blades to reload.
 */
public final class StoreSession implements StoreAccess {
    private static final System.Logger LOG = System.getLogger(StoreSession.class.getName());

    private final BackgroundExecutor executor;
    private final DataEvents events = new DataEvents();
    private final ReadOnlyObjectWrapper<Path> directory = new ReadOnlyObjectWrapper<>(this, "directory");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(this, "sample");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private volatile Store store;

    public StoreSession(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** The open store; throws {@link IllegalStateException} while none is open (before start-up finished). */
    @Override
    public Store store() {
        Store current = store;
        if (current == null) {
            throw new IllegalStateException("No store is open yet.");
        }
        return current;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    public DataEvents events() {
        return events;
    }

    public boolean isOpen() {
        return store != null;
    }

    /** The folder of the open store, or null before one is open. */
    public ReadOnlyObjectProperty<Path> directoryProperty() {
        return directory.getReadOnlyProperty();
    }

    /** True while the window shows the generated sample store rather than the user's own. */
    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /**
     * Makes {@code opened} (opened in the background, where it also told whether it {@code cannotWrite}) the
     * window's store; FX thread only.
     */
    void switchTo(Store opened, Path folder, boolean isSample, boolean cannotWrite) {
        Store previous = store;
        store = opened;
        directory.set(folder);
        sample.set(isSample);
        readOnly.set(cannotWrite);
        if (previous != null && previous != opened) {
            executor.execute(previous::close);
        }
        events.dataChanged();
    }

    /**
     * Closes the store and stops the worker threads, for the end of the app. Store calls may not run on the FX
     * thread, so from there the close is handed to a worker and awaited briefly.
     */
    public void shutdown() {
        Store current = store;
        store = null;
        if (current != null) {
            if (Platform.isFxApplicationThread()) {
                closeOnWorker(current);
            } else {
                current.close();
            }
        }
        executor.close();
    }

    private void closeOnWorker(Store current) {
        CountDownLatch closed = new CountDownLatch(1);
        executor.execute(() -> {
            try {
                current.close();
            } finally {
                closed.countDown();
            }
        });
        try {
            if (!closed.await(5, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "The store did not close within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
