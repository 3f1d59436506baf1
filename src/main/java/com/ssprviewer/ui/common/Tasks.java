package com.ssprviewer.ui.common;

import java.util.concurrent.Callable;

/**
 * The one way to run work off the FX thread:
 * {@code Tasks.create(callable).onSuccess(..).onError(..).andFinally(..).runOnce(executor)}.
 * Callbacks always run on the FX thread (or inline with {@link SameThreadExecutor}), so views never touch nodes
 * from a worker thread and never wait on one.
 */
public final class Tasks {
    private Tasks() {
    }

    /** Starts describing a task whose work needs no progress reporting. */
    public static <T> TaskBuilder<T> create(Callable<T> work) {
        return new TaskBuilder<>(reporter -> work.call());
    }

    /** Starts describing a task whose work reports progress and checks for cancel. */
    public static <T> TaskBuilder<T> createReporting(ProgressCallable<T> work) {
        return new TaskBuilder<>(work);
    }

    /** The executor tests use: work and callbacks run inline on the calling thread. */
    public static SameThreadExecutor sameThread() {
        return SameThreadExecutor.INSTANCE;
    }
}
