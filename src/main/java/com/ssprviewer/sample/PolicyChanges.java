package com.ssprviewer.sample;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A few changes to the tenant's password reset policy by one administrator, spread over the covered period: what
 * Microsoft's ninth reporting question asks about. Records have the shape the portal's JSON download gives this
 * activity (category Policy, the updated policy as target, old and new values as JSON strings).
 */
final class PolicyChanges {

    static final String POLICY_ID = "00000000-0000-0000-0000-000000000000";
    private static final String[][] CHANGES = {
        {"Number of methods required to reset", "\"1\"", "\"2\""},
        {"Methods available to users", "[\"Email\",\"Mobile phone\"]",
            "[\"Email\",\"Mobile phone\",\"Mobile app notification\"]"},
        {"Self service password reset enabled", "\"Selected\"", "\"All\""},
    };

    private PolicyChanges() {
    }

    /** The changes, newest first (the order the portal lists them in). */
    static List<AuditEvent> of(Tenant tenant, SampleSpec spec) {
        Random random = new Random(Ids.mix(spec.seed(), 0x9011c7));
        SampleUser admin = tenant.pickAdmin(random);
        Actor actor = new Actor("User", admin.displayName(), admin.objectId(), admin.upn(), admin.ip(),
                tenant.tenantId(), null, null, null);
        long span = DayPlanner.DAY_SECONDS * spec.days();
        List<AuditEvent> out = new ArrayList<>();
        for (int i = 0; i < CHANGES.length; i++) {
            long offset = span * (i + 1) / (CHANGES.length + 1);
            Instant at = Times.later(random, spec.start().plusSeconds(offset - offset % 3600), 0, 3000);
            String correlation = Ids.guid(random);
            String[] c = CHANGES[i];
            Target policy = new Target("Other", "Password reset policy", POLICY_ID, null,
                    List.of(new ModifiedProperty(c[0], c[1], c[2])));
            out.add(new AuditEvent("SSPR_" + correlation + "_POLICY_" + (i + 1), EventKind.AUDIT, at,
                    Activities.SSPR_SERVICE, "Policy", Activities.POLICY_CHANGES, Status.SUCCESS, "", correlation,
                    "Update", null, actor, List.of(policy), List.of(), null, null, null));
        }
        out.sort(Comparator.comparing(AuditEvent::time).reversed());
        return out;
    }
}
