package com.ssprviewer.ui.common;

import javafx.scene.Node;

/**
 * A panel that opens to the right of the one it came from, like a blade in the Azure portal. Feature packages
 * implement it; the shell gives it a header (title, subtitle, close X) and places it.
 * {@link #title()} and {@link #subtitle()} are read again when the language changes, so read texts from
 * {@link I18n} inside them rather than caching them.
 */
public interface Blade {

    /** The header title and breadcrumb text, in the current language. */
    String title();

    /** A second header line, e.g. the active filter or the record shown; empty for none. */
    default String subtitle() {
        return "";
    }

    /** The blade's content; called once when the blade opens, so build it lazily and keep it. */
    Node view();

    /** Preferred width in pixels; the newest blade also takes any free space. */
    default double width() {
        return 640;
    }

    /**
     * The narrowest the blade may be while it shares the window with the blade it opened (a list keeps its key
     * columns); alone, the newest blade takes the window's width whatever this says.
     */
    default double minWidth() {
        return Math.min(width(), 420);
    }

    /** Called when the blade closes: cancel its running tasks and drop listeners here. */
    default void onClose() {
    }
}
