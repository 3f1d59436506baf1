package com.ssprviewer.insight;

import java.time.Duration;
import java.time.Instant;

/**
 * The one window convention of the suspicious-activity rules: a span starting at {@code start} holds the moments
 * from {@code start} (included) up to {@code start + length} (excluded). Two attempts exactly 24 hours apart are
 * therefore not "within 24 hours", and two exactly one hour apart are not "within one hour".
 */
final class TimeSpans {

    static final Duration DAY = Duration.ofHours(24);
    static final Duration HOUR = Duration.ofHours(1);

    private TimeSpans() {
    }

    static boolean within(Instant start, Instant moment, Duration length) {
        return !moment.isBefore(start) && moment.isBefore(start.plus(length));
    }
}
