package com.ssprviewer.model;

import java.time.Instant;
import java.util.List;

/**
 * A user registering authentication data for password reset: a classic registration row, or a modern
 * {@code User registered for self-service password reset} / {@code Security info saved ...} event.
 *
 * @param user     lower-case user
 * @param role     the user's latest known role, or null
 * @param methods  the data registered; empty when the export does not list it (modern events)
 * @param status   {@link Status#SUCCESS} for a successful registration
 * @param activity the activity as exported
 */
public record Registration(long eventId, String user, String role, Instant time, List<Method> methods, Status status,
                           String activity) {

    public Registration {
        methods = methods == null ? List.of() : List.copyOf(methods);
    }

    public boolean successful() {
        return status == Status.SUCCESS;
    }
}
