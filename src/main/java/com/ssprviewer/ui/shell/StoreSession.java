package com.ssprviewer.ui.shell;

import com.ssprviewer.handoff.HandedOff;
import com.ssprviewer.handoff.InboxWatcher;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.BackgroundExecutor;
import com.ssprviewer.ui.common.DataEvents;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.work.Threads;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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

    /** How long the end of the window waits for cancelled work to undo itself (about a second per 10,000 rows). */
    static final Duration FINISH_WAIT = Duration.ofSeconds(60);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final BackgroundExecutor executor;
    private final DataEvents events = new DataEvents();
    private final ReadOnlyObjectWrapper<Path> directory = new ReadOnlyObjectWrapper<>(this, "directory");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(this, "sample");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private volatile Store store;
    private InboxWatcher inbox;
    private Consumer<HandedOff> handedOff = HandedOff::abandon;
    private volatile CompletableFuture<Void> previousClosed = CompletableFuture.completedFuture(null);

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
            previousClosed = CompletableFuture.runAsync(() -> {
                // commands stop handing imports to the previous store's window before it closes
                if (previousInbox != null) {
                    previousInbox.close();
                }
                previous.close();
            }, executor);
        }
        events.dataChanged();
    }

    /**
     * Done once the store the window showed before its last switch is closed, its files free for another program
     * (the close runs in the background so the window shows the new store at once).
     */
    public CompletableFuture<Void> previousClosed() {
        return previousClosed;
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
     * Stops the worker threads and closes the store, for the end of the window. Work cancelled before (an import, a
     * removal) is given up to {@link #FINISH_WAIT} to stop at its next progress point and undo itself, so the store
     * is never closed under it; then the store closes on a thread of its own (store calls may not run on the FX
     * thread), awaited briefly, which releases its files for the next program to open them.
     */
    public void shutdown() {
        executor.finish(FINISH_WAIT);
        Store current = detach();
        if (current == null) {
            return;
        }
        if (!Platform.isFxApplicationThread()) {
            current.close();
            return;
        }
        Thread closing = Threads.daemon("sspr-store-close", current::close);
        try {
            closing.join(CLOSE_WAIT.toMillis());
            if (closing.isAlive()) {
                LOG.log(Level.WARNING, "The store did not close within " + CLOSE_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Closes the store at once when the program is ended from outside (logging off, a kill): what it committed is
     * on disk, and an import cut short is cleaned up at the next open. Any thread but the FX thread.
     */
    public void closeAtExit() {
        Store current = detach();
        if (current != null) {
            current.close();
        }
        executor.close();
    }
}
