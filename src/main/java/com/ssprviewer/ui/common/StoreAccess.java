package com.ssprviewer.ui.common;

import com.ssprviewer.store.Store;
import java.util.concurrent.Executor;

/**
 * The store the window has open and the executor every store call must run on. Blades keep this handle rather than
 * a {@link Store}, because the window can switch stores (Open store, sample data) while they are open: read
 * {@link #store()} inside the background task, at the moment of the call, never on the FX thread and never cached.
 * To hear about a switch or a finished import, observe {@link DataEvents}.
 */
public interface StoreAccess {

    /** The store open right now; call from a background task only (the store refuses the FX thread). */
    Store store();

    /** The named background executor to run store calls on, e.g. {@code Tasks.create(..).runOnce(executor())}. */
    Executor executor();

    /** A fixed store and executor (tests, benchmarks). */
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
