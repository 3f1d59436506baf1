package com.ssprviewer.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.UserRegistration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A user appears as disagreeing exactly when a snapshot after their successful registration says not registered. */
class DisagreementsTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);

    @Test
    void aRegistrationTheNextSnapshotDoesNotShowDisagrees() {
        List<Disagreement> found = Disagreements.find(
                Map.of("ann@x.com", times("2025-03-10T09:00:00Z")),
                Map.of("ann@x.com", states(MARCH, false, APRIL, false)));
        assertEquals(1, found.size());
        Disagreement d = found.get(0);
        assertEquals("ann@x.com", d.user());
        assertEquals(Instant.parse("2025-03-10T09:00:00Z"), d.eventTime());
        assertEquals(APRIL, d.snapshotDay());
        assertFalse(d.state().ssprRegistered());
        assertTrue(d.nextSnapshot());
    }

    @Test
    void aRegistrationConfirmedByTheNextSnapshotAndLostLaterDisagreesWithTheLaterOne() {
        List<Disagreement> found = Disagreements.find(
                Map.of("bo@x.com", times("2025-03-10T09:00:00Z")),
                Map.of("bo@x.com", states(MARCH, false, APRIL, true, MAY, false)));
        assertEquals(1, found.size());
        assertEquals(MAY, found.get(0).snapshotDay());
        assertFalse(found.get(0).nextSnapshot());
    }

    @Test
    void aRegistrationTheNextSnapshotAlreadyContradictsIsNotReportedAgainAsLostLater() {
        List<Disagreement> found = Disagreements.find(
                Map.of("fay@x.com", times("2025-02-10T09:00:00Z")),
                Map.of("fay@x.com", states(MARCH, false, APRIL, false)));
        assertEquals(1, found.size());
        assertEquals(MARCH, found.get(0).snapshotDay());
        assertTrue(found.get(0).nextSnapshot());
    }

    @Test
    void snapshotsBeforeTheRegistrationOrOfItsOwnDayOrThatDoNotListTheUserSayNothing() {
        List<Disagreement> found = Disagreements.find(
                Map.of("cy@x.com", times("2025-04-01T23:00:00Z"), "dee@x.com", times("2025-03-05T10:00:00Z")),
                Map.of("cy@x.com", states(MARCH, false, APRIL, false)));
        assertEquals(List.of(), found);
    }

    @Test
    void registrationsBeforeOneSnapshotCountOnceWithTheLatestOfThem() {
        List<Disagreement> found = Disagreements.find(
                Map.of("eve@x.com", times("2025-03-03T09:00:00Z", "2025-03-20T09:00:00Z")),
                Map.of("eve@x.com", states(MARCH, false, APRIL, false)));
        assertEquals(1, found.size());
        assertEquals(Instant.parse("2025-03-20T09:00:00Z"), found.get(0).eventTime());
    }

    private static TreeSet<Instant> times(String... times) {
        TreeSet<Instant> out = new TreeSet<>();
        for (String t : times) {
            out.add(Instant.parse(t));
        }
        return out;
    }

    private static NavigableMap<LocalDate, UserRegistration> states(Object... dayAndRegistered) {
        NavigableMap<LocalDate, UserRegistration> out = new TreeMap<>();
        for (int i = 0; i < dayAndRegistered.length; i += 2) {
            boolean registered = (Boolean) dayAndRegistered[i + 1];
            out.put((LocalDate) dayAndRegistered[i], new UserRegistration(null, "user@x.com", "User", true, false,
                    registered, true, registered, registered, registered, false, false, true, List.of(), List.of(),
                    null, null, null));
        }
        return out;
    }
}
