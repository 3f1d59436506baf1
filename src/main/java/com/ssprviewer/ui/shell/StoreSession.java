package com.ssprviewer.ui.shell;

import com.ssprviewer.handoff.HandedOff;
import com.ssprviewer.handoff.InboxWatcher;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.StoreAccess;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's one open store and its worker threads: the {@link StoreAccess} every blade is given. Switching stores
 * happens on the FX thread with a store already opened in the background; the previous store is closed in the
 * background and {@link DataEvents} tells open blades to reload. While a store is open, its inbox is watched: an
 * import a command hands to this window goes to the handler on the FX thread.
 */
public final class StoreSession implements StoreAccess {
    private static final System.Logger LOG = System.getLogger(StoreSession.class.getName());

    private final BackgroundExecutor executor;
    private final DataEvents events = new DataEvents();
    private final ReadOnlyObjectWrapper<Path> directory = new ReadOnlyObjectWrapper<>(this, "directory");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(this, "sample");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private volatile Store store;
    private InboxWatcher inbox;
    private Consumer<HandedOff> handedOff = HandedOff::abandon;

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

    /** Who runs the imports commands hand to this window (FX thread); until set, they are given back. */
    void onHandedOff(Consumer<HandedOff> handler) {
        handedOff = handler;
    }

    /**
     * Makes {@code opened} (opened in the background, where it also told whether it {@code cannotWrite}) the
     * window's store; FX thread only.
     */
    void switchTo(Store opened, Path folder, boolean isSample, boolean cannotWrite) {
        Store previous = store;
        InboxWatcher previousInbox = inbox;
        store = opened;
        directory.set(folder);
        sample.set(isSample);
        readOnly.set(cannotWrite);
        inbox = InboxWatcher.start(folder, request -> Platform.runLater(() -> handedOff.accept(request)));
        if (previous != null && previous != opened) {
            executor.execute(() -> {
                // commands stop handing imports to the previous store's window before it closes
                if (previousInbox != null) {
                    previousInbox.close();
                }
                previous.close();
            });
        }
        events.dataChanged();
    }

    /**
     * Takes the open store out of the window (FX thread) so the caller can close and rewrite it; the window opens
     * it again afterwards. Commands stop handing imports to this window meanwhile.
     */
    Store detach() {
        Store current = store;
        store = null;
        if (inbox != null) {
            inbox.close();
            inbox = null;
        }
        return current;
    }

    /**
     * Closes the store and stops the worker threads, for the end of the app. Store calls may not run on the FX
     * thread, so from there the close is handed to a worker and awaited briefly.
     */
    public void shutdown() {
        Store current = detach();
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
