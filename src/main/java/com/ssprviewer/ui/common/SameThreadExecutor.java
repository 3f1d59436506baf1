package com.ssprviewer.ui.common;

import java.util.concurrent.Executor;

/**
 * Runs work and its callbacks on the calling thread. Tests pass it to {@link TaskBuilder#runOnce} so a task
 * finishes before the next line of the test, without an FX toolkit.
 */
public final class SameThreadExecutor implements Executor {
    public static final SameThreadExecutor INSTANCE = new SameThreadExecutor();

    private SameThreadExecutor() {
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }
}
