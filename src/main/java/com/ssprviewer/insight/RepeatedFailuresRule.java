package com.ssprviewer.insight;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code repeated-failures}: a user with 3 or more attempts that did not succeed (Failed, Abandoned, Blocked,
 * Canceled, Contacted admin) inside one 24-hour span, that is with less than 24 hours between the first and the last
 * of them. Count = the largest number of such attempts in any 24-hour span; first and last = the first and last
 * attempt of that span (the earliest span when several reach the same count).
 */
public final class RepeatedFailuresRule extends SuspicionRule {

    public static final String NAME = "repeated-failures";
    public static final String EXPLANATION = "The user had three or more password reset attempts that did not"
            + " succeed within 24 hours, which can mean someone is guessing their way through verification.";
    /** The smallest count reported. */
    public static final int THRESHOLD = 3;

    private final TimesByUser failures = new TimesByUser();

    public RepeatedFailuresRule() {
        super(NAME, EXPLANATION);
    }

    @Override
    public void add(ResetAttempt attempt) {
        String user = Text.userKey(attempt.user());
        if (user != null && attempt.outcome() != Outcome.SUCCEEDED) {
            failures.add(user, attempt.time());
        }
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        failures.forEachUser((user, times) -> {
            Finding busiest = busiestDay(user, times);
            if (busiest.count() >= THRESHOLD) {
                out.add(busiest);
            }
        });
        return out;
    }

    /** Slides a 24-hour span over the sorted times, starting it at each attempt in turn. */
    private static Finding busiestDay(String user, List<Instant> times) {
        int bestStart = 0;
        int bestEnd = 0;
        int end = 0;
        for (int start = 0; start < times.size(); start++) {
            while (end + 1 < times.size() && TimeSpans.within(times.get(start), times.get(end + 1), TimeSpans.DAY)) {
                end++;
            }
            if (end - start > bestEnd - bestStart) {
                bestStart = start;
                bestEnd = end;
            }
        }
        return new Finding(NAME, user, bestEnd - bestStart + 1L, times.get(bestStart), times.get(bestEnd));
    }
}
