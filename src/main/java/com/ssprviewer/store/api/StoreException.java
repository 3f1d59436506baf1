package com.ssprviewer.store.api;

/**
 * The store cannot be opened or used as a whole (locked by another window, unreadable, newer than this program).
 * The message is one sentence a person can act on; bad input files never raise it (they become import results).
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private final StoreProblem problem;

    public StoreException(String message) {
        this(message, StoreProblem.OTHER, null);
    }

    public StoreException(String message, Throwable cause) {
        this(message, StoreProblem.OTHER, cause);
    }

    public StoreException(String message, StoreProblem problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** What kind of fault it is. */
    public StoreProblem problem() {
        return problem;
    }
}
