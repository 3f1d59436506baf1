package com.ssprviewer.ui.common;

/** Background work that reports progress and honours cancel through the {@link ProgressReporter} it is given. */
@FunctionalInterface
public interface ProgressCallable<T> {
    T call(ProgressReporter reporter) throws Exception;
}
