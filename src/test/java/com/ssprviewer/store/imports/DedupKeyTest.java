package com.ssprviewer.store.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The de-duplication key of an event is stored with it, so it must never change between versions: a store filled by
 * an earlier version still recognises the same export. These keys were computed by the first released hash.
 */
class DedupKeyTest {

    private static AuditEvent event(String id, String activity, String reason, String actorUpn, String target,
                                    List<Method> methods, Outcome result) {
        Actor actor = new Actor("User", null, null, actorUpn, "203.0.113.7", null, null, null, null);
        return new AuditEvent(id, EventKind.AUDIT, Instant.parse("2025-03-31T23:01:46.0788402Z"),
                "Self-service Password Management", "UserManagement", activity, Status.SUCCESS, reason,
                "946bcba6-0e4f-483c-bd4e-9b128ebcb8a7", null, null, actor,
                List.of(new Target("User", null, null, target, List.of())), List.of(), "User", methods, result);
    }

    private static final AuditEvent[] EVENTS = {
        event(null, "Reset password (self-service)", "Successfully completed reset.", "Lee.Robbins@Fabrikam.com",
                "lee.robbins@fabrikam.com", List.of(), null),
        event(null, "  Reset   password\t(self-service) ", "Successfully completed reset.",
                "LEE.ROBBINS@FABRIKAM.COM", "lee.robbins@fabrikam.com", List.of(), null),
        event(null, "Återställ lösenord (självbetjäning)", "Åtgärd\u00a0klar\u2003nu", "ÖSTEN.ÄNG@contoso.se",
                "İlker@contoso.com", List.of(Method.MOBILE_PHONE, Method.ALTERNATE_EMAIL), Outcome.SUCCEEDED),
        event(null, "Blocked from self-service password reset", "", null, null, List.of(Method.SECURITY_QUESTIONS),
                Outcome.BLOCKED),
        event("  0a1b2c3d-id-of-a-graph-record ", "Reset password (self-service)", "x", "a@b.c", "a@b.c",
                List.of(), null),
    };

    /** The keys the first release stored for these events; the second and fourth rows repeat earlier content. */
    private static final long[] KEYS = {7841565579875507069L, 9082800358304390200L, -4878991565251102256L,
        5912020623324133069L, 1522034467733678863L, 6960497016344501460L, 2224467206989049838L};

    @Test
    void keysStayThoseOfEarlierVersionsSoStoredEventsAreStillRecognised() {
        EventKeys dedup = new EventKeys();
        long[] keys = new long[EVENTS.length + 2];
        for (int i = 0; i < EVENTS.length; i++) {
            keys[i] = dedup.key(EVENTS[i]);
        }
        keys[EVENTS.length] = dedup.key(EVENTS[0]);
        keys[EVENTS.length + 1] = dedup.key(EVENTS[1]);
        assertArrayEquals(KEYS, keys);
    }

    @Test
    void caseAndWhiteSpaceDoNotMakeARowNew() {
        assertEquals(new EventKeys().key(EVENTS[0]), new EventKeys().key(EVENTS[1]));
    }
}
