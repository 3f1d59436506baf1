package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.store.query.EventFilter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything the Overview shows, computed in one background pass: the summary the tiles read and the per-day series
 * the time charts read.
 *
 * @param summary             the eight answers, as {@code summary} computes them over {@code window}
 * @param outcomesPerDay      attempts per day and outcome, days in {@code zone}
 * @param registrationsPerDay successful registrations (rows) per day, days in {@code zone}
 * @param registeredData      per user, the methods of their latest successful registration that lists data: the
 *                            users the "data registered" answer counts
 * @param policyChanges       the changes of the password reset policy in the window (not an answer of
 *                            {@code summary}, so counted beside it)
 * @param snapshot            the newest registration snapshot's coverage, which the registration tiles answer
 *                            from; null when no snapshot was imported
 * @param window              the filter the answers were computed over
 * @param zone                the zone days are counted in
 */
public record OverviewData(Summary summary, Map<LocalDate, Map<Outcome, Long>> outcomesPerDay,
                           Map<LocalDate, Long> registrationsPerDay, Map<String, List<Method>> registeredData,
                           long policyChanges, Coverage snapshot, EventFilter window, ZoneId zone) {

    public OverviewData {
        outcomesPerDay = Map.copyOf(outcomesPerDay);
        registrationsPerDay = Map.copyOf(registrationsPerDay);
        registeredData = Map.copyOf(registeredData);
    }
}
