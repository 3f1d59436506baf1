package com.ssprviewer.store.api;

/**
 * A read or write failed below SQL (disk gone or full, file damaged): unchecked because callers of list queries
 * cannot fix it except by reporting it; the message is one sentence naming the store.
 */
public class StoreAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StoreProblem problem;

    public StoreAccessException(String message, Throwable cause) {
        this(message, StoreProblem.OTHER, cause);
    }

    public StoreAccessException(String message, StoreProblem problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** What kind of fault it is. */
    public StoreProblem problem() {
        return problem;
    }
}
