package com.ssprviewer.store;

import java.time.Instant;

/** Times are stored as epoch nanoseconds (UTC): audit times carry 100 ns, and a long sorts and compares fast. */
final class Timestamps {

    private static final long NANOS = 1_000_000_000L;

    private Timestamps() {
    }

    static long toNanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), NANOS), t.getNano());
    }

    static Instant fromNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }
}
