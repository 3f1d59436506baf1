package com.ssprviewer.model;

import java.time.Instant;
import java.util.List;

/**
 * One person's try at resetting their password: a classic report row, or the group of modern reset-flow events
 * that share a correlation id.
 *
 * @param key           stable identity of the group: {@code corr:<correlation id>} or {@code event:<event key>}
 * @param user          lower-case user principal name (or id as exported)
 * @param role          the user's latest known role, or null
 * @param time          the time of the group's first event
 * @param methods       methods used, in order
 * @param outcome       the outcome; in a flow, Succeeded before Blocked, Contacted admin, Canceled, Failed, Abandoned
 * @param details       the published Details wording where it matches, else the reason as exported
 * @param ipAddress     the first IP address seen in the group, or null
 * @param correlationId the flow's correlation id, or null
 * @param eventCount    how many events the attempt was derived from
 */
public record ResetAttempt(String key, String user, String role, Instant time, List<Method> methods, Outcome outcome,
                           String details, String ipAddress, String correlationId, int eventCount) {

    public ResetAttempt {
        methods = methods == null ? List.of() : List.copyOf(methods);
        details = details == null ? "" : details;
    }

    public ResetAttempt withRole(String newRole) {
        return new ResetAttempt(key, user, newRole, time, methods, outcome, details, ipAddress, correlationId,
                eventCount);
    }

    /** True when the role is present and is not {@code User}: the product's definition of an administrator. */
    public static boolean isAdministratorRole(String role) {
        return role != null && !role.isBlank() && !role.strip().equalsIgnoreCase("User");
    }
}
