package com.ssprviewer.insight;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reset attempts per calendar day and outcome, for the "outcomes per day" chart. Days follow the zone the user reads
 * times in; every outcome is present on every day that has attempts (zero included).
 */
public final class DailyOutcomes {

    private final ZoneId zone;
    private final TreeMap<LocalDate, long[]> days = new TreeMap<>();

    public DailyOutcomes(ZoneId zone) {
        this.zone = zone;
    }

    public void add(ResetAttempt attempt) {
        LocalDate day = attempt.time().atZone(zone).toLocalDate();
        days.computeIfAbsent(day, d -> new long[Outcome.values().length])[attempt.outcome().ordinal()]++;
    }

    /** Day by day, oldest first. */
    public Map<LocalDate, Map<Outcome, Long>> perDay() {
        Map<LocalDate, Map<Outcome, Long>> out = new TreeMap<>();
        days.forEach((day, counts) -> {
            Map<Outcome, Long> perOutcome = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                perOutcome.put(o, counts[o.ordinal()]);
            }
            out.put(day, perOutcome);
        });
        return out;
    }
}
