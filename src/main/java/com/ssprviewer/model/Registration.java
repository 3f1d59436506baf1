package com.ssprviewer.model;

import java.time.Instant;
import java.util.List;

/**
 * A user registering authentication data for password reset: a classic registration row, or a modern
 * {@code User registered for self-service password reset} / {@code Security info saved ...} event.
 *
 * @param user     lower-case user
 * @param role     the user's latest known role, or null
 * @param methods  the data registered: a classic row's, or what an audit record and the records of its registration
 *                 session state ({@link RegisteredMethods}); empty when a classic row lists none, or when an audit
 *                 export does not say it ({@link #dataInExport()})
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

    /**
     * Whether the export says what was registered: a classic row always does (an empty cell registered nothing);
     * an audit record does when it or its session states a method.
     */
    public boolean dataInExport() {
        return !methods.isEmpty() || Activities.CLASSIC_REGISTRATION.equalsIgnoreCase(activity);
    }

    /** The data as lists show it: the methods, or {@link Unlisted#NOT_IN_EXPORT}. */
    public Object data() {
        return dataInExport() ? methods : Unlisted.NOT_IN_EXPORT;
    }
}
