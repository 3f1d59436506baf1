package com.ssprviewer.sample;

import java.time.Instant;

/**
 * What sample data to generate: a tenant of {@code users} people over the {@code days} days before {@code end}.
 * The same spec always gives byte-identical files, which is why {@code end} defaults to a fixed instant and
 * never to now.
 *
 * @param seed  seed of every random choice
 * @param users size of the tenant (at least 1)
 * @param days  length of the covered period in days (at least 1)
 * @param end   the (exclusive) end of the covered period
 */
public record SampleSpec(long seed, int users, int days, Instant end) {

    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_USERS = 50;
    public static final int DEFAULT_DAYS = 30;
    /** The default end of the covered period: fixed, so that the defaults are reproducible. */
    public static final Instant DEFAULT_END = Instant.parse("2025-04-01T00:00:00Z");

    public SampleSpec {
        if (users < 1) {
            throw new IllegalArgumentException("users must be at least 1, was " + users);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        end = end == null ? DEFAULT_END : end;
    }

    /** The spec with every default: seed 1, 50 users, 30 days, ending at {@link #DEFAULT_END}. */
    public static SampleSpec defaults() {
        return new SampleSpec(DEFAULT_SEED, DEFAULT_USERS, DEFAULT_DAYS, DEFAULT_END);
    }

    /** The spec with the given values and the default end. */
    public static SampleSpec of(long seed, int users, int days) {
        return new SampleSpec(seed, users, days, DEFAULT_END);
    }

    /** The (inclusive) start of the covered period. */
    public Instant start() {
        return end.minusSeconds(86_400L * days);
    }
}
