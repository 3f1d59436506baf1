package com.ssprviewer.store;

/** Keeps store I/O off the JavaFX application thread, without depending on JavaFX. */
final class FxGuard {

    static final String FX_THREAD = "JavaFX Application Thread";

    private FxGuard() {
    }

    static void check() {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("The store was called on the JavaFX application thread;"
                    + " run store calls in a background task.");
        }
    }
}
