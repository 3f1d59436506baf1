package com.ssprviewer.store.api;

/**
 * A read failed below SQL (disk gone, file damaged): unchecked because callers of list queries cannot fix it except
 * by reporting it; the message is one sentence naming the store.
 */
public class StoreAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
