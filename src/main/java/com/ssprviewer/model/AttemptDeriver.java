package com.ssprviewer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Derives reset attempts from events: a classic row is its own attempt; the modern reset-flow events of one
 * correlation id make one attempt whose outcome is the first of Succeeded, Blocked, Contacted admin, Canceled and
 * Failed that some event shows, else Abandoned. Pure: no I/O; the store feeds it groups and keeps the results.
 */
public final class AttemptDeriver {

    private AttemptDeriver() {
    }

    /** A classic "Password reset activity" row is its own attempt. */
    public static ResetAttempt fromClassicRow(String key, AuditEvent row) {
        Outcome outcome = row.result() != null ? row.result()
                : DetailsCatalog.find(row.reason()).map(DetailsEntry::result).orElse(Outcome.ABANDONED);
        return new ResetAttempt(key, row.user(), row.role(), row.time(), row.methods(), outcome,
                DetailsCatalog.canonical(row.reason()), row.ipAddress(), null, 1);
    }

    /**
     * Derives one attempt from the modern reset-flow events of one correlation id (or one event without id).
     *
     * @param key   the group's key
     * @param group the events, in any order; must not be empty
     */
    public static ResetAttempt fromFlow(String key, List<AuditEvent> group) {
        List<AuditEvent> events = new ArrayList<>(group);
        events.sort(Comparator.comparing(AuditEvent::time));
        Decision d = decide(events);
        String details = d.deciding == null ? "" : d.deciding.reason().strip();
        if (d.outcome == Outcome.ABANDONED) {
            details = abandonedDetails(events);
        } else if (details.isEmpty()) {
            details = lastReason(events);
        }
        AuditEvent first = events.get(0);
        return new ResetAttempt(key, firstUser(events), null, first.time(), methodsUsed(events), d.outcome,
                DetailsCatalog.canonical(details), firstIp(events), Text.trimToNull(first.correlationId()),
                events.size());
    }

    private record Decision(Outcome outcome, AuditEvent deciding) {
    }

    private static Decision decide(List<AuditEvent> events) {
        Predicate<AuditEvent> succeeded = e -> (is(e, Activities.RESET_SELF_SERVICE) && e.status() == Status.SUCCESS)
                || FlowStep.parse(e.reason()).map(s -> s.kind() == FlowStep.Kind.SUCCEEDED).orElse(false);
        Predicate<AuditEvent> blocked = e -> is(e, Activities.BLOCKED) || catalogResult(e, Outcome.BLOCKED);
        Predicate<AuditEvent> contacted = e -> catalogResult(e, Outcome.CONTACTED_ADMIN);
        Predicate<AuditEvent> canceled = e -> catalogResult(e, Outcome.CANCELED);
        Predicate<AuditEvent> failed = e -> e.status() == Status.FAILURE || catalogResult(e, Outcome.FAILED);
        List<Predicate<AuditEvent>> rules = List.of(succeeded, blocked, contacted, canceled, failed);
        Outcome[] outcomes =
                {Outcome.SUCCEEDED, Outcome.BLOCKED, Outcome.CONTACTED_ADMIN, Outcome.CANCELED, Outcome.FAILED};
        for (int i = 0; i < rules.size(); i++) {
            Optional<AuditEvent> hit = lastMatching(events, rules.get(i));
            if (hit.isPresent()) {
                return new Decision(outcomes[i], hit.get());
            }
        }
        return new Decision(Outcome.ABANDONED, null);
    }

    private static boolean is(AuditEvent e, String activity) {
        return e.activity() != null && e.activity().strip().equalsIgnoreCase(activity);
    }

    private static boolean catalogResult(AuditEvent e, Outcome outcome) {
        return DetailsCatalog.find(e.reason()).map(d -> d.result() == outcome).orElse(false);
    }

    /**
     * The deciding event of a rule: the last event it matches, preferring one whose reason is a published Details
     * string (so a success reads "User successfully reset password" rather than "Successfully completed reset.").
     */
    private static Optional<AuditEvent> lastMatching(List<AuditEvent> events, Predicate<AuditEvent> rule) {
        AuditEvent last = null;
        for (int i = events.size() - 1; i >= 0; i--) {
            AuditEvent e = events.get(i);
            if (rule.test(e)) {
                if (DetailsCatalog.find(e.reason()).isPresent()) {
                    return Optional.of(e);
                }
                last = last == null ? e : last;
            }
        }
        return Optional.ofNullable(last);
    }

    private static String abandonedDetails(List<AuditEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Optional<FlowStep> step = FlowStep.parse(events.get(i).reason());
            if (step.isPresent() && step.get().kind() != FlowStep.Kind.SUCCEEDED) {
                return step.get().abandonedDetails();
            }
            if (DetailsCatalog.find(events.get(i).reason()).map(d -> d.result() == Outcome.ABANDONED).orElse(false)) {
                return events.get(i).reason();
            }
        }
        return lastReason(events);
    }

    private static String lastReason(List<AuditEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (!events.get(i).reason().isBlank()) {
                return events.get(i).reason().strip();
            }
        }
        return "";
    }

    private static List<Method> methodsUsed(List<AuditEvent> events) {
        List<Method> completed = stepMethods(events, FlowStep.Kind.COMPLETED);
        return completed.isEmpty() ? stepMethods(events, FlowStep.Kind.STARTED) : completed;
    }

    private static List<Method> stepMethods(List<AuditEvent> events, FlowStep.Kind kind) {
        List<Method> out = new ArrayList<>();
        for (AuditEvent e : events) {
            FlowStep.parse(e.reason()).filter(s -> s.kind() == kind).flatMap(FlowStep::method)
                    .filter(m -> !out.contains(m)).ifPresent(out::add);
        }
        return out;
    }

    private static String firstUser(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::user).filter(u -> u != null).findFirst().orElse(null);
    }

    private static String firstIp(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::ipAddress).filter(ip -> ip != null).findFirst().orElse(null);
    }
}
