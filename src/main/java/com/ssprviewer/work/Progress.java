package com.ssprviewer.work;

import java.util.concurrent.CancellationException;

/**
 * How long-running work (an import, a sample generation, an export, a window task) tells its caller how far it got
 * and learns whether to stop. It is called on the working thread, so an implementation that shows progress hands
 * the values over to its own thread itself. Work checks {@link #cancelled()} between units of work and stops at a
 * safe point, leaving things as its own contract says (an import, for one, undoes the whole file).
 */
public interface Progress {

    /** Reports nothing and is never cancelled: for work that nobody follows (the command line, tests). */
    Progress NONE = new Progress() {
        @Override
        public void progress(long done, long total) {
            // nobody follows this work
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Reports {@code done} of {@code total} units; a total of zero or less means "amount unknown". */
    void progress(long done, long total);

    /**
     * Reports how many records (rows of a file) the work has read so far, beside {@link #progress}, which for a file
     * counts its bytes: the command line shows rows and their rate, the window only the share.
     */
    default void rows(long read) {
        // most followers show only the share
    }

    /** Reports a short, already translated line saying what is being done; ignored unless someone shows it. */
    default void message(String text) {
        // most work has no words to show
    }

    /** True once the caller wants the work to stop. */
    boolean cancelled();

    /** Throws {@link CancellationException} when {@link #cancelled()}, so work can stop with one line. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
