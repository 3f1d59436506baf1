package com.ssprviewer.ui.common;

import com.ssprviewer.work.Progress;

/** Background work that reports progress and honours cancel through the {@link Progress} it is given. */
@FunctionalInterface
public interface ProgressCallable<T> {
    T call(Progress progress) throws Exception;
}
