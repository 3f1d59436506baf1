package com.ssprviewer.ui.overview;

import com.ssprviewer.store.query.EventFilter;

/**
 * Where a tile, slice or bar leads: which list, showing which rows.
 *
 * @param target the list to open
 * @param filter the rows it shows (the Overview's window is already in it)
 */
public record Drill(Target target, EventFilter filter) {

    /** The lists the Overview opens. */
    public enum Target {
        RESETS, REGISTRATIONS, REGISTERED_USERS, SUSPICIOUS, POLICY
    }
}
