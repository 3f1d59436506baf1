package com.ssprviewer.ui.details;

import com.ssprviewer.ui.common.Blade;

/**
 * The blades a details blade links to, made by the wiring (the lists depend on the details, so the details cannot
 * build list blades themselves).
 */
public interface DetailsLinks {

    /** The Audit logs list of one correlation id: the whole reset flow. */
    Blade flow(String correlationId);

    /** The Password reset activity list of one user: their history. */
    Blade userHistory(String user);

    /** Tells the window the store's rows changed (a user was forgotten), so open lists read them again. */
    default void dataChanged() {
        // details shown on their own have no lists to tell
    }

    /** Links that lead nowhere, for details shown on their own. */
    DetailsLinks NONE = new DetailsLinks() {
        @Override
        public Blade flow(String correlationId) {
            return null;
        }

        @Override
        public Blade userHistory(String user) {
            return null;
        }
    };
}
