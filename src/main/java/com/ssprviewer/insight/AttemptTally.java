package com.ssprviewer.insight;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

/**
 * The totals over all attempts, users known or not: attempts, outcomes, methods of successful resets and the
 * last-7-days window {@code (asOf - 7 days, asOf]}.
 */
final class AttemptTally {

    static final Duration RECENT = Duration.ofDays(7);

    private final Instant windowStart;
    private final Instant windowEnd;
    private final EnumCounts<Outcome> outcomes = new EnumCounts<>(Outcome.class);
    private final EnumCounts<Method> methods = new EnumCounts<>(Method.class);
    private long resetsLast7Days;
    private long attemptsLast7Days;

    AttemptTally(Instant asOf) {
        this.windowStart = asOf.minus(RECENT);
        this.windowEnd = asOf;
    }

    void add(ResetAttempt attempt) {
        boolean succeeded = attempt.outcome() == Outcome.SUCCEEDED;
        outcomes.increment(attempt.outcome());
        if (succeeded && !attempt.methods().isEmpty()) {
            EnumSet.copyOf(attempt.methods()).forEach(methods::increment);
        }
        if (attempt.time().isAfter(windowStart) && !attempt.time().isAfter(windowEnd)) {
            attemptsLast7Days++;
            if (succeeded) {
                resetsLast7Days++;
            }
        }
    }

    long attempts() {
        return outcomes.total();
    }

    Map<Outcome, Long> outcomes() {
        return outcomes.toMap();
    }

    Map<Method, Long> methods() {
        return methods.toMap();
    }

    long resetsLast7Days() {
        return resetsLast7Days;
    }

    long attemptsLast7Days() {
        return attemptsLast7Days;
    }
}
