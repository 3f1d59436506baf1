package com.ssprviewer.store.imports;

import java.util.List;

/**
 * Which events a removal takes, as a condition on {@code events e}: an age cut-off reads the time index directly,
 * while rows picked one by one (a person's) are listed in {@code removing_events} first. Set-wise statements join
 * the condition instead of copying hundreds of thousands of ids around.
 */
record EventScope(String where, List<Object> params) {

    /** The events from before a time (nanoseconds since the epoch, UTC). */
    static EventScope before(long ts) {
        return new EventScope("e.ts < ?", List.of(ts));
    }

    /** The events listed in {@code removing_events}. */
    static EventScope marked() {
        return new EventScope("e.id IN (SELECT id FROM removing_events)", List.of());
    }

    /** The ids of the events in scope, as a query. */
    String ids() {
        return "SELECT e.id FROM events e WHERE " + where;
    }
}
