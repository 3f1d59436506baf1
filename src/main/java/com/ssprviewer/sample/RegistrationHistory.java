package com.ssprviewer.sample;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When each user first registered for password reset in the sample's events. The days are planned again (a day's
 * plan depends only on the seed and the day), so only the first registration per user is held, never the events.
 */
final class RegistrationHistory {

    private final Map<String, Instant> firstByUpn = new HashMap<>();

    private RegistrationHistory() {
    }

    static RegistrationHistory of(Tenant tenant, SampleSpec spec) {
        RegistrationHistory history = new RegistrationHistory();
        DayPlanner planner = new DayPlanner(tenant, spec.seed(), Timeline.of(spec).classic.to());
        Timeline.Period all = new Timeline.Period(spec.start(), spec.end());
        for (int i = 0; i < spec.days(); i++) {
            Instant day = spec.start().plusSeconds(DayPlanner.DAY_SECONDS * i);
            for (Scenario s : planner.plan(day)) {
                if (s instanceof Scenario.Registration r && all.contains(r.start())) {
                    history.firstByUpn.merge(r.user().upn(), r.start(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return history;
    }

    /** Whether the user has a registration event before {@code day} (the start of a UTC day). */
    boolean registeredBefore(SampleUser user, Instant day) {
        Instant first = firstByUpn.get(user.upn());
        return first != null && first.isBefore(day);
    }
}
