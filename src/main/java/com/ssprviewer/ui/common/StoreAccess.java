package com.ssprviewer.ui.common;

import com.ssprviewer.store.Store;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The store the window has open and the executor every store call must run on. Blades keep this handle rather than
 * a {@link Store}, because the window can switch stores (Open store, sample data) while they are open: read
 * {@link #store()} inside the background task, at the moment of the call, never on the FX thread and never cached.
 * To hear about a switch or a finished import, observe {@link DataEvents}.
 */
public interface StoreAccess {

    /** The store open right now; call from a background task only (the store refuses the FX thread). */
    Store store();

    /**
     * True while the open store cannot be written (its folder or file is read-only): it is open for viewing only,
     * and imports are refused with the sentence of {@code store.readOnly}.
     */
    default ReadOnlyBooleanProperty readOnlyProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

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
