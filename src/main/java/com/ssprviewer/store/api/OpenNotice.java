package com.ssprviewer.store.api;

/**
 * What opening a store tells its caller before work that keeps the person waiting, so they learn why: the command
 * line prints it, the window shows it in its status bar. Called on the thread that opens the store.
 */
@FunctionalInterface
public interface OpenNotice {

    /** Tells nobody: for callers that show nothing while a store opens. */
    OpenNotice NONE = rows -> { };

    /**
     * The store first removes an import that did not finish (a crash or kill during it) and expects that to take
     * more than a second: about {@code rows} rows go.
     */
    void cleaningUp(long rows);
}
