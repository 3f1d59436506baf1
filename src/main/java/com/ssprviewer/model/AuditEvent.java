package com.ssprviewer.model;

import java.time.Instant;
import java.util.List;

/**
 * One audit event as every importer produces it: a modern audit record (portal CSV or JSON, Graph) or a row of a
 * classic report, already normalised (times in UTC, statuses and outcomes as enums, classic rows given the service,
 * category, activity and status of the audit records they stand for, see {@link ClassicRows}).
 *
 * @param sourceId          the record's own id ({@code id} of JSON and Graph records); null for CSV rows
 * @param kind              modern audit record or classic report row
 * @param time              when it happened (UTC)
 * @param reason            {@code resultReason}, or a classic row's Details; never null ("" when empty)
 * @param role              the user's role, from a classic report; null elsewhere
 * @param methods           methods used or registered, from a classic report; empty elsewhere
 * @param result            a classic reset row's outcome; null elsewhere
 * @param targets           target resources in export order
 * @param additionalDetails additional details in export order
 */
public record AuditEvent(
        String sourceId,
        EventKind kind,
        Instant time,
        String service,
        String category,
        String activity,
        Status status,
        String reason,
        String correlationId,
        String operationType,
        String userAgent,
        Actor actor,
        List<Target> targets,
        List<KeyValue> additionalDetails,
        String role,
        List<Method> methods,
        Outcome result) {

    public AuditEvent {
        reason = reason == null ? "" : reason;
        actor = actor == null ? Actor.NONE : actor;
        targets = targets == null ? List.of() : List.copyOf(targets);
        additionalDetails = additionalDetails == null ? List.of() : List.copyOf(additionalDetails);
        methods = methods == null ? List.of() : List.copyOf(methods);
        status = status == null ? Status.UNKNOWN : status;
    }

    /** The first target's identity (user principal name first), or null. */
    public String targetIdentity() {
        return targets.isEmpty() ? null : targets.get(0).identity();
    }

    /** The user this event is about, lower case: the target user, else the actor. */
    public String user() {
        String target = targets.isEmpty() || !isUserTarget(targets.get(0)) ? null : targets.get(0).identity();
        return Text.userKey(Text.firstNonBlank(target, actor.identity()));
    }

    /** The IP address of the actor, or null. */
    public String ipAddress() {
        return Text.trimToNull(actor.ipAddress());
    }

    private static boolean isUserTarget(Target t) {
        return t.type() == null || t.type().equalsIgnoreCase("User");
    }
}
