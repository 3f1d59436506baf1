package com.ssprviewer.sample;

/**
 * Where a long-running sample generation reports how far it is and learns whether to stop.
 * The window binds it to a progress bar with a cancel button; the command line and tests use {@link #NONE}.
 */
public interface ProgressSink {

    /** A sink that ignores progress and never cancels. */
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Work done so far, from 0 to 1. */
    void progress(double fraction);

    /** True when the caller wants the generation to stop (its partial files are then deleted). */
    boolean cancelled();
}
