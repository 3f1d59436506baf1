package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.AdminSelfResets;
import com.ssprviewer.insight.Problem;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filters behind each tile and chart element, written so that the list they open counts the number shown. For
 * the Registered users blade a filter's methods mean "whose latest registration that lists data includes any of
 * them" ({@link RegisteredUsersBlade}); its time range is the Overview's window the users were counted in.
 */
public final class Drilldowns {

    /** A role that only administrators have: filtering by it finds nothing when no administrator reset. */
    static final String ANY_ADMIN_ROLE = "Global Administrator";
    private static final Set<Outcome> PROBLEM_OUTCOMES = EnumSet.complementOf(EnumSet.of(Outcome.SUCCEEDED));

    private Drilldowns() {
    }

    public static Drill forTile(OverviewTile tile, OverviewData d) {
        Summary s = d.summary();
        return switch (tile) {
            case REGISTERED_USERS, WHO_REGISTERED -> new Drill(Drill.Target.REGISTERED_USERS, d.window());
            case DATA_REGISTERED -> data(d, top(s.dataRegistered()));
            case RESETS -> lastSevenDays(d);
            case METHODS -> method(d, top(s.methods()));
            case PROBLEMS -> s.problems().isEmpty() ? problems(d) : problem(d, s.problems().get(0));
            case ADMIN_RESETS -> adminResets(d);
            case SUSPICIOUS -> new Drill(Drill.Target.SUSPICIOUS, d.window());
            case POLICY_CHANGES -> new Drill(Drill.Target.POLICY, d.window());
        };
    }

    public static Drill outcome(OverviewData d, Outcome outcome) {
        return resets(d.window().toBuilder().results(Set.of(outcome)).build());
    }

    public static Drill day(OverviewData d, LocalDate day, Outcome outcome) {
        return resets(within(d.window(), start(d, day), start(d, day.plusDays(1))).toBuilder()
                .results(Set.of(outcome)).build());
    }

    /** Succeeded attempts that used the method; all Succeeded attempts for null. */
    public static Drill method(OverviewData d, Method method) {
        return resets(d.window().toBuilder().results(Set.of(Outcome.SUCCEEDED))
                .methods(method == null ? Set.of() : Set.of(method)).build());
    }

    /**
     * The registered users whose latest registration that lists data includes the method, the users "data
     * registered" counts (for null, users with any data: none, as the tile then shows 0).
     */
    public static Drill data(OverviewData d, Method method) {
        return new Drill(Drill.Target.REGISTERED_USERS, d.window().toBuilder()
                .methods(method == null ? EnumSet.allOf(Method.class) : Set.of(method)).build());
    }

    public static Drill problems(OverviewData d) {
        return resets(d.window().toBuilder().results(PROBLEM_OUTCOMES).build());
    }

    /**
     * The attempts that did not succeed with exactly the problem's details. The store keeps details in the wording
     * the answer groups by ({@code AttemptDeriver} writes {@code DetailsCatalog.canonical}), so equality finds
     * exactly the attempts counted, empty details included.
     */
    public static Drill problem(OverviewData d, Problem problem) {
        return resets(d.window().toBuilder().results(PROBLEM_OUTCOMES).details(Set.of(problem.details())).build());
    }

    public static Drill registrationsOn(OverviewData d, LocalDate day) {
        return registrations(within(d.window(), start(d, day), start(d, day.plusDays(1))).toBuilder()
                .statuses(Set.of(Status.SUCCESS)).build());
    }

    /** Succeeded attempts with time in {@code (asOf - 7 days, asOf]}, inside the window. */
    static Drill lastSevenDays(OverviewData d) {
        Instant asOf = d.summary().asOf();
        Instant from = asOf.minus(Duration.ofDays(7)).plusNanos(1);
        return resets(within(d.window(), from, asOf.plusNanos(1)).toBuilder()
                .results(Set.of(Outcome.SUCCEEDED)).build());
    }

    static Drill adminResets(OverviewData d) {
        Set<String> roles = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        d.summary().adminSelfResets().stream().map(AdminSelfResets::role).forEach(roles::add);
        if (roles.isEmpty()) {
            roles.add(ANY_ADMIN_ROLE);
        }
        return resets(d.window().toBuilder().results(Set.of(Outcome.SUCCEEDED)).roles(roles).build());
    }

    static Method top(Map<Method, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Instant start(OverviewData d, LocalDate day) {
        return day.atStartOfDay(d.zone()).toInstant();
    }

    private static EventFilter within(EventFilter window, Instant from, Instant to) {
        Instant f = window.from() == null || from.isAfter(window.from()) ? from : window.from();
        Instant t = window.to() == null || to.isBefore(window.to()) ? to : window.to();
        return window.toBuilder().from(f).to(t).build();
    }

    private static Drill resets(EventFilter f) {
        return new Drill(Drill.Target.RESETS, f);
    }

    private static Drill registrations(EventFilter f) {
        return new Drill(Drill.Target.REGISTRATIONS, f);
    }
}
