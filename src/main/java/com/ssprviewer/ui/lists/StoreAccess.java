package com.ssprviewer.ui.lists;

import java.util.concurrent.Executor;

import com.ssprviewer.store.Store;

/**
 * The open store and the worker threads that may call it. Blades hold this rather than a store, so the window can
 * open another store without rebuilding them, and every store call is sent to {@link #executor()}, never run on the
 * FX thread.
 */
public interface StoreAccess {

    /** The store now open; call its methods only from {@link #executor()}. */
    Store store();

    /** Where store calls run (the app's background executor; a same-thread executor in tests). */
    Executor executor();

    /** A fixed store and executor. */
    static StoreAccess of(Store store, Executor executor) {
        return new StoreAccess() {
            @Override
            public Store store() {
                return store;
            }

            @Override
            public Executor executor() {
                return executor;
            }
        };
    }
}
