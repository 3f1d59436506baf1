package com.ssprviewer.insight;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.ResetAttempt;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reset attempts per calendar day and outcome, for the "outcomes per day" chart. Days follow the zone the user reads
 * times in; every outcome is present on every day that has attempts (zero included). Attempts usually arrive in
 * time order, so the day last counted is kept with its bounds and the zone is consulted once per day, not per attempt.
 */
public final class DailyOutcomes {

    private final ZoneId zone;
    private final TreeMap<LocalDate, long[]> days = new TreeMap<>();
    private Instant dayStart = Instant.MAX;
    private Instant dayEnd = Instant.MIN;
    private long[] dayCounts;

    public DailyOutcomes(ZoneId zone) {
        this.zone = zone;
    }

    public void add(ResetAttempt attempt) {
        Instant time = attempt.time();
        if (time.isBefore(dayStart) || !time.isBefore(dayEnd)) {
            LocalDate day = time.atZone(zone).toLocalDate();
            dayStart = day.atStartOfDay(zone).toInstant();
            dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            dayCounts = days.computeIfAbsent(day, d -> new long[Outcome.values().length]);
        }
        dayCounts[attempt.outcome().ordinal()]++;
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
