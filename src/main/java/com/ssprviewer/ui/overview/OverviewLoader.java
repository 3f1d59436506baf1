package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Coverages;
import com.ssprviewer.insight.DailyOutcomes;
import com.ssprviewer.insight.SummaryBuilder;
import com.ssprviewer.model.Registration;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what the Overview needs in one pass over the attempts and one over the registrations. The answers come from
 * the same {@link SummaryBuilder} that {@code Summaries.compute} feeds, fed the same way, so the tiles show exactly
 * what {@code summary} prints; the per-day series ride along on the same pass instead of reading the store again.
 * Runs on a background thread (the store refuses the FX thread).
 */
public final class OverviewLoader {

    private OverviewLoader() {
    }

    public static OverviewData load(Store store, EventFilter window, Instant asOf, ZoneId zone) {
        SummaryBuilder builder = new SummaryBuilder(asOf);
        DailyOutcomes daily = new DailyOutcomes(zone);
        Map<LocalDate, Long> registrations = new TreeMap<>();
        store.scanAttempts(window, attempt -> {
            builder.addAttempt(attempt);
            daily.add(attempt);
        });
        store.scanRegistrations(window, registration -> {
            builder.addRegistration(registration);
            countDay(registrations, registration, zone);
        });
        return new OverviewData(builder.build(store.count(ListKind.EVENTS, window)), daily.perDay(), registrations,
                builder.registeredData(), store.count(ListKind.POLICY, window),
                Coverages.compute(store, null).orElse(null), window, zone);
    }

    private static void countDay(Map<LocalDate, Long> days, Registration registration, ZoneId zone) {
        if (registration.successful() && registration.time() != null) {
            days.merge(registration.time().atZone(zone).toLocalDate(), 1L, Long::sum);
        }
    }
}
