package com.ssprviewer.handoff;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.OpenNotice;
import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Opening a store that a command holds for a while (an import, a reader), by trying again until it is free. A store
 * held by a window is not waited for: a window holds it until it is closed, and gets the imports handed to it.
 */
public final class StoreWait {

    /** How often a held store is tried again. */
    static final long RETRY_MILLIS = 250;

    private StoreWait() {
    }

    /**
     * Opens the store, waiting while a command holds it, at most {@code max}; {@code waiting} runs once when the wait
     * begins. Throws the busy {@link StoreException} when a window holds it or the time is up, and
     * {@link java.util.concurrent.CancellationException} once the progress is cancelled.
     */
    public static Store openWhenFree(Path dir, Duration max, Progress progress, Runnable waiting)
            throws StoreException, InterruptedException {
        return openWhenFree(dir, max, progress, waiting, null, OpenNotice.NONE);
    }

    /**
     * {@link #openWhenFree(Path, Duration, Progress, Runnable)} of a store encrypted with {@code passphrase} (null:
     * a plain store), telling {@code notice} about a long clean-up.
     */
    public static Store openWhenFree(Path dir, Duration max, Progress progress, Runnable waiting,
                                     Passphrase passphrase, OpenNotice notice)
            throws StoreException, InterruptedException {
        long giveUp = System.nanoTime() + max.toNanos();
        boolean said = false;
        while (true) {
            try {
                return Store.open(dir, passphrase, notice);
            } catch (StoreException e) {
                if (e.problem() != StoreProblem.BUSY || Inbox.of(dir).windowPresent()
                        || System.nanoTime() - giveUp > 0) {
                    throw e;
                }
            }
            if (!said) {
                said = true;
                waiting.run();
            }
            progress.checkCancelled();
            Thread.sleep(RETRY_MILLIS);
        }
    }
}
