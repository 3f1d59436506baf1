package com.ssprviewer.insight;

import com.ssprviewer.model.Registration;
import com.ssprviewer.model.Text;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.SnapshotTotals;
import com.ssprviewer.store.query.EventFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the users whose registration events and registration snapshots contradict. A snapshot is the state on a UTC
 * day, so it speaks for an event when its day is after the event's UTC day (a snapshot of the event's own day may have
 * been taken before it). Two contradictions, each reported once per user and snapshot:
 * <ul>
 *   <li>a successful registration, and the first snapshot after it says the user is not SSPR registered;</li>
 *   <li>successful registrations, and a later snapshot after the latest of them says the user is not SSPR
 *       registered (the registration was lost after the next snapshot confirmed it).</li>
 * </ul>
 * A snapshot that does not list the user says nothing about them.
 */
public final class Disagreements {

    private Disagreements() {
    }

    /** The contradictions among every stored registration and snapshot, by user then event time. */
    public static List<Disagreement> compute(Store store) {
        List<SnapshotTotals> snapshots = store.snapshots();
        if (snapshots.isEmpty()) {
            return List.of();
        }
        Map<String, TreeSet<Instant>> registered = new HashMap<>();
        store.forEachRegistration(EventFilter.NONE, r -> add(registered, r));
        Map<String, NavigableMap<LocalDate, UserRegistration>> states = store.snapshotStates(registered.keySet());
        return find(registered, states);
    }

    private static void add(Map<String, TreeSet<Instant>> registered, Registration r) {
        String user = Text.userKey(r.user());
        if (r.successful() && r.time() != null && user != null) {
            registered.computeIfAbsent(user, k -> new TreeSet<>()).add(r.time());
        }
    }

    /**
     * The contradictions between successful registrations and snapshot states.
     *
     * @param registered per user (lower case), the times of their successful registrations
     * @param states     per user (lower case), their state in each snapshot that lists them
     */
    public static List<Disagreement> find(Map<String, ? extends SortedSet<Instant>> registered,
                                          Map<String, NavigableMap<LocalDate, UserRegistration>> states) {
        List<Disagreement> out = new ArrayList<>();
        registered.forEach((user, times) -> {
            NavigableMap<LocalDate, UserRegistration> byDay = states.get(user);
            if (byDay == null || times.isEmpty()) {
                return;
            }
            Map<LocalDate, Instant> latestEventBefore = new TreeMap<>();
            for (Instant time : times) {
                Map.Entry<LocalDate, UserRegistration> next = byDay.higherEntry(day(time));
                if (next != null && !next.getValue().ssprRegistered()) {
                    latestEventBefore.put(next.getKey(), time);
                }
            }
            latestEventBefore.forEach((snapshot, time) -> out.add(
                    new Disagreement(user, time, snapshot, byDay.get(snapshot), true)));
            Instant latest = times.last();
            Map.Entry<LocalDate, UserRegistration> next = byDay.higherEntry(day(latest));
            if (next != null && next.getValue().ssprRegistered()) {
                byDay.tailMap(next.getKey(), false).entrySet().stream()
                        .filter(e -> !e.getValue().ssprRegistered())
                        .findFirst()
                        .ifPresent(e -> out.add(new Disagreement(user, latest, e.getKey(), e.getValue(), false)));
            }
        });
        out.sort(Comparator.comparing(Disagreement::user).thenComparing(Disagreement::eventTime)
                .thenComparing(Disagreement::snapshotDay));
        return List.copyOf(out);
    }

    private static LocalDate day(Instant time) {
        return time.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
