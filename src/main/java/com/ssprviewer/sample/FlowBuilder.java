package com.ssprviewer.sample;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds the audit events of one correlation (one flow): shared correlation id, record ids in the
 * {@code SSPR_<correlation>_<token>_<number>} shape, and a clock that moves forward a little with each step.
 */
final class FlowBuilder {

    static final String CORE_DIRECTORY = "Core Directory";
    static final String AUTH_METHODS = "Authentication Methods";
    static final String USER_MANAGEMENT = "UserManagement";

    private final Random random;
    private final String tenantId;
    private final String correlationId;
    private final String token;
    private final int idBase;
    private final List<AuditEvent> events = new ArrayList<>();
    private Instant clock;

    FlowBuilder(long seed, String tenantId, Instant start) {
        this.random = new Random(seed);
        this.tenantId = tenantId;
        this.correlationId = Ids.guid(random);
        this.token = Ids.token(random);
        this.idBase = 10_000_000 + random.nextInt(80_000_000);
        this.clock = start;
    }

    Random random() {
        return random;
    }

    /** Moves the clock on by {@code min..max} seconds (and a random fraction). */
    FlowBuilder after(int minSeconds, int maxSeconds) {
        clock = Times.later(random, clock, minSeconds, maxSeconds);
        return this;
    }

    /** An event of the user on themself, from the Self-service Password Management service. */
    void sspr(SampleUser user, String ip, String activity, String operation, Status status, String reason) {
        add(Activities.SSPR_SERVICE, activity, operation, status, reason, user.userAgent(), userActor(user, ip, false),
                List.of(target(user, List.of())), List.of());
    }

    void add(String service, String activity, String operation, Status status, String reason, String userAgent,
             Actor actor, List<Target> targets, List<KeyValue> details) {
        String id = prefix(service) + "_" + correlationId + "_" + token + "_" + (idBase + events.size());
        events.add(new AuditEvent(id, EventKind.AUDIT, clock, service, USER_MANAGEMENT, activity, status, reason,
                correlationId, operation, userAgent, actor, targets, details, null, null, null));
    }

    /** The user as actor; the SSPR service leaves the actor's display name empty, other services fill it. */
    Actor userActor(SampleUser user, String ip, boolean withDisplayName) {
        return new Actor("User", withDisplayName ? user.displayName() : null, user.objectId(), user.upn(), ip,
                tenantId, null, null, null);
    }

    static Target target(SampleUser user, List<ModifiedProperty> properties) {
        return new Target("User", user.displayName(), user.objectId(), user.upn(), properties);
    }

    List<AuditEvent> events() {
        return events;
    }

    private static String prefix(String service) {
        if (Activities.SSPR_SERVICE.equals(service)) {
            return "SSPR";
        }
        return AUTH_METHODS.equals(service) ? "UAM" : "Directory";
    }
}
