package com.ssprviewer.store.paging;

import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.work.Threads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work the store does for itself after an import (and at open), on one background thread: extending the sort key
 * ({@link SortOrders}) over the new events, then walking again the landmarks it keeps ({@link StoredLandmarks}).
 * Requests while one is waiting are folded into it; closing the store stops it between slices (a slice cut short is
 * rolled back and done again next time).
 */
public final class Upkeep {

    private final Database db;
    private final ExecutorService thread = Threads.executor("sspr-store-upkeep", Thread.NORM_PRIORITY - 1);
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile boolean held;
    private volatile boolean wanted;
    private volatile Future<?> last;

    public Upkeep(Database db) {
        this.db = db;
    }

    /** Asks for the sort key to catch up with every event readers can see. */
    public void request() {
        if (held) {
            wanted = true;
            return;
        }
        if (stopping || !queued.compareAndSet(false, true)) {
            return;
        }
        last = thread.submit(() -> {
            queued.set(false);
            run();
        });
    }

    /** Tests: holds requests back (while true) to see the store before the upkeep catches up. */
    public void hold(boolean on) {
        held = on;
        if (!on && wanted) {
            wanted = false;
            request();
        }
    }

    /** Waits until the work asked for so far is done (tests and benchmarks). */
    public void await() {
        Future<?> f = last;
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("store upkeep failed", e.getCause());
        }
    }

    /** Stops between slices and waits a little for the thread to finish. */
    public void stop() {
        stopping = true;
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            Connection c = db.borrow();
            try {
                SortOrders.extend(c, SortOrders.visibleLimit(c, db.visible()), () -> stopping);
            } finally {
                db.release(c);
            }
            StoredLandmarks.refresh(db, () -> stopping);
        } catch (SQLException | IllegalStateException e) {
            // caches: lists sort in full, and jump by offset, until the next import or open asks again
        }
    }
}
