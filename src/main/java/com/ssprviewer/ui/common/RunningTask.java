package com.ssprviewer.ui.common;

import com.ssprviewer.work.Progress;
import java.util.concurrent.atomic.AtomicBoolean;

/** The handle of a started task: the one thing the caller can do with it is cancel it. */
public final class RunningTask {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();

    RunningTask() {
    }

    /** Asks the task to stop; its callable sees it through {@link Progress#cancelled()}. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** True once the task's callbacks have been scheduled. */
    public boolean isDone() {
        return done.get();
    }

    void markDone() {
        done.set(true);
    }
}
