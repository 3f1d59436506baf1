package com.ssprviewer.ui.common;

/**
 * How a blade opens the next one or closes itself without knowing the shell. Feature packages depend on this
 * interface only, so they never depend on {@code ui.shell} (which wires them).
 */
public interface BladeNavigator {

    /**
     * Closes every blade right of {@code from}, then opens {@code child} beside it. Ignored if {@code from} is closed.
     */
    void open(Blade from, Blade child);

    /** Closes {@code blade} and every blade right of it, returning to its parent. */
    void close(Blade blade);
}
