package com.ssprviewer.insight;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The eight answers of the SSPR reporting page at one moment, as the overview tiles, the {@code summary} command and
 * printed reports show them. Field names are the JSON keys of {@code summary --json}; each parameter below says
 * exactly what it counts.
 *
 * @param asOf              the moment the 7-day window ends at
 * @param events            stored events in the window (given by the caller, not counted here)
 * @param attempts          reset attempts
 * @param outcomes          attempts per outcome: all six keys, enum order, zeros included
 * @param registeredUsers   distinct users with at least one successful registration
 * @param registrations     per registered user their latest successful registration, sorted by user
 * @param dataRegistered    per method, registered users whose latest registration that lists data includes it
 * @param resetsLast7Days   Succeeded attempts with time in {@code (asOf - 7 days, asOf]}
 * @param attemptsLast7Days all attempts with time in that window
 * @param methods           per method, Succeeded attempts that used it (once per attempt)
 * @param problems          non-Succeeded attempts grouped by details, most frequent first
 * @param adminSelfResets   administrators' Succeeded attempts per user, most first
 * @param suspicious        findings of the suspicious-activity rules, sorted by rule then user
 */
public record Summary(Instant asOf, long events, long attempts, Map<Outcome, Long> outcomes, long registeredUsers,
                      List<RegisteredUser> registrations, Map<Method, Long> dataRegistered, long resetsLast7Days,
                      long attemptsLast7Days, Map<Method, Long> methods, List<Problem> problems,
                      List<AdminSelfResets> adminSelfResets, List<Finding> suspicious) {

    public Summary {
        Objects.requireNonNull(asOf, "asOf");
        outcomes = EnumCounts.complete(Outcome.class, outcomes);
        dataRegistered = EnumCounts.complete(Method.class, dataRegistered);
        methods = EnumCounts.complete(Method.class, methods);
        registrations = List.copyOf(registrations);
        problems = List.copyOf(problems);
        adminSelfResets = List.copyOf(adminSelfResets);
        suspicious = List.copyOf(suspicious);
    }
}
