package com.ssprviewer.ui.common;

import java.util.concurrent.CancellationException;

/**
 * What a background callable sees of its task: it reports how far it got and asks whether the user pressed Cancel.
 * Long loops call {@link #checkCancelled()} between units of work so a cancel stops them at a safe point.
 */
public interface ProgressReporter {

    /** Reports {@code done} of {@code total} units; a negative total means "unknown amount". */
    void progress(long done, long total);

    /** Reports a short, already translated line for the status bar. */
    void message(String text);

    /** True once the task was cancelled. */
    boolean isCancelled();

    /** Throws {@link CancellationException} when the task was cancelled, so callables can stop with one line. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }

    /** A reporter that ignores reports and is never cancelled, for calling reporting code outside a task. */
    static ProgressReporter none() {
        return new ProgressReporter() {
            @Override
            public void progress(long done, long total) {
                // reports go nowhere on purpose
            }

            @Override
            public void message(String text) {
                // reports go nowhere on purpose
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
