package com.ssprviewer.insight;

import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Computes the summary over the stored data in a window: the one path both the window and the command line take.
 * A summary of all the data is kept in the store with the stamp of the data it was computed on, so asking again
 * before the data changes reads it back instead of reading every attempt; only its last-7-days counts are counted
 * again, from the attempts of that week alone.
 */
public final class Summaries {

    /** The times a store can hold (epoch nanoseconds in a long, about 1677 to 2262), with a year to spare. */
    private static final Instant EARLIEST = Instant.parse("1679-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2261-01-01T00:00:00Z");

    /** The key a summary of all the data is kept under in the store. */
    public static final String KEPT_KEY = KeptSummary.KEY;

    private Summaries() {
    }

    /**
     * @param window the stored data to answer over (only its time range is normally set)
     * @param asOf   the moment "last 7 days" counts back from
     */
    public static Summary compute(Store store, EventFilter window, Instant asOf) {
        boolean everything = window == null || EventFilter.NONE.equals(window);
        Optional<String> stamp = everything ? keptStamp(store) : Optional.empty();
        if (stamp.isPresent()) {
            Optional<byte[]> kept = store.keptAnswer(KeptSummary.KEY, stamp.get());
            if (kept.isPresent()) {
                return KeptSummary.read(kept.get(), asOf, store.count(ListKind.EVENTS, EventFilter.NONE),
                        recentAttempts(store, asOf));
            }
        }
        Summary summary = computeFully(store, window, asOf);
        stamp.ifPresent(s -> store.keepAnswer(KeptSummary.KEY, s, KeptSummary.write(summary)));
        return summary;
    }

    /**
     * The stamp a summary of all the data is kept with: the data's and the code's, so a kept answer is used only for
     * the same data and the same computation. Empty while an import is under way.
     */
    public static Optional<String> keptStamp(Store store) {
        return store.dataStamp().map(s -> s + "#" + CodeDigest.OF_THIS_CODE);
    }

    /** The summary from every attempt and registration in the window, never from a kept one. */
    static Summary computeFully(Store store, EventFilter window, Instant asOf) {
        SummaryBuilder builder = new SummaryBuilder(asOf);
        store.scanAttempts(window, builder::addAttempt);
        store.scanRegistrations(window, builder::addRegistration);
        return builder.build(store.count(ListKind.EVENTS, window));
    }

    /**
     * The last-7-days counts, tallied as the full computation tallies them but from the attempts of
     * {@code [asOf - 7 days, asOf]} only (the tally itself leaves out the first instant).
     */
    private static AttemptTally recentAttempts(Store store, Instant asOf) {
        AttemptTally tally = new AttemptTally(asOf);
        Instant from = asOf.minus(AttemptTally.RECENT);
        Instant to = asOf.plus(1, ChronoUnit.NANOS);
        EventFilter week = EventFilter.builder()
                .from(from.isAfter(EARLIEST) && from.isBefore(LATEST) ? from : null)
                .to(to.isAfter(EARLIEST) && to.isBefore(LATEST) ? to : null)
                .build();
        store.scanAttempts(week, (ResetAttempt a) -> tally.add(a));
        return tally;
    }
}
