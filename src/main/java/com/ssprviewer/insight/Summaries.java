package com.ssprviewer.insight;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import java.time.Instant;

/** Computes the summary over the stored data in a window: the one path both the window and the command line take. */
public final class Summaries {

    private Summaries() {
    }

    /**
     * @param window the stored data to answer over (only its time range is normally set)
     * @param asOf   the moment "last 7 days" counts back from
     */
    public static Summary compute(Store store, EventFilter window, Instant asOf) {
        SummaryBuilder builder = new SummaryBuilder(asOf);
        store.scanAttempts(window, builder::addAttempt);
        store.scanRegistrations(window, builder::addRegistration);
        return builder.build(store.count(ListKind.EVENTS, window));
    }
}
