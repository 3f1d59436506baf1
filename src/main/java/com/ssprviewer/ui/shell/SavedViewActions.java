package com.ssprviewer.ui.shell;

import com.ssprviewer.store.api.StoredView;

/** What the navigation's saved views and File > Import view do; the window's {@link ViewActions}, or nothing. */
public interface SavedViewActions {

    /** Actions that do nothing (windows without a store behind them, tests of the shell alone). */
    SavedViewActions NONE = new SavedViewActions() {
    };

    /** Asks for a new name and renames the view. */
    default void rename(StoredView view) {
    }

    /** Asks first, then deletes the view. */
    default void delete(StoredView view) {
    }

    /** Asks where, then writes the view's file. */
    default void export(StoredView view) {
    }

    /** Asks for a view's file and adds it to the store (asking before replacing a view of the same name). */
    default void importView() {
    }
}
