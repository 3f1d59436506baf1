package com.ssprviewer.store.schema;

import java.time.Instant;

/** Times are stored as epoch nanoseconds (UTC): audit times carry 100 ns, and a long sorts and compares fast. */
public final class Timestamps {

    /** One UTC day in nanoseconds: reset flows last minutes, so a flow's events lie within a day of each other. */
    public static final long DAY = 86_400_000_000_000L;

    private static final long NANOS = 1_000_000_000L;

    private Timestamps() {
    }

    public static long toNanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), NANOS), t.getNano());
    }

    public static Instant fromNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }
}
