package com.ssprviewer.model;

import java.time.Instant;
import java.util.List;

/** Turns classic report rows into events, with the service, category, activity and status of their audit records. */
public final class ClassicRows {

    private ClassicRows() {
    }

    /** A row of the classic "Password reset activity" report; its Details become the reason. */
    public static AuditEvent reset(String user, String role, Instant time, List<Method> methods, Outcome result,
                                   String details) {
        Status status = result == Outcome.SUCCEEDED ? Status.SUCCESS : Status.FAILURE;
        return event(EventKind.CLASSIC_RESET, Activities.CLASSIC_RESET, user, role, time, methods, result, status,
                DetailsCatalog.canonical(details));
    }

    /** A row of the classic "Password reset registration activity" report. */
    public static AuditEvent registration(String user, String role, Instant time, List<Method> dataRegistered) {
        return event(EventKind.CLASSIC_REGISTRATION, Activities.CLASSIC_REGISTRATION, user, role, time, dataRegistered,
                null, Status.SUCCESS, "");
    }

    private static AuditEvent event(EventKind kind, String activity, String user, String role, Instant time,
                                    List<Method> methods, Outcome result, Status status, String reason) {
        String u = user == null ? null : user.strip();
        Actor actor = new Actor("User", null, null, u, null, null, null, null, null);
        Target target = new Target("User", null, null, u, List.of());
        return new AuditEvent(null, kind, time, Activities.SSPR_SERVICE, Activities.CLASSIC_CATEGORY, activity, status,
                reason, null, null, null, actor, List.of(target), List.of(), Text.trimToNull(role), methods, result);
    }
}
