package com.ssprviewer.store.api;

/**
 * The store cannot be opened or used as a whole (locked by another window, unreadable, newer than this program).
 * The message is one sentence a person can act on; bad input files never raise it (they become import results).
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
