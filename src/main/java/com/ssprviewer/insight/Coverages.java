package com.ssprviewer.insight;

import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.SnapshotCensus;
import com.ssprviewer.store.api.SnapshotTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes registration coverage from the stored snapshots: the one path the window and the command line take. Reads
 * the chosen snapshot's and the previous snapshot's people as state ids (no names), counts them against the states,
 * then reads the names of only the people a list names; the trend comes from every snapshot's stored counts.
 */
public final class Coverages {

    private Coverages() {
    }

    /**
     * The coverage of the newest snapshot on or before a day.
     *
     * @param asOf null for the newest snapshot
     * @return empty when no snapshot is that old
     */
    public static Optional<Coverage> compute(Store store, LocalDate asOf) {
        List<SnapshotTotals> all = store.snapshots();
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (asOf == null || !all.get(i).day().isAfter(asOf)) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        SnapshotCensus now = store.snapshotCensus(all.get(at).day());
        SnapshotCensus before = at == 0 ? null : store.snapshotCensus(all.get(at - 1).day());
        Listed listed = new Listed();
        Map<String, Long> methods = tally(now, listed);
        if (before != null) {
            compare(before, now, listed);
        }
        Map<Integer, String> names = store.personNames(listed.persons());
        Coverage.Changes changes = before == null ? Coverage.Changes.NONE : new Coverage.Changes(before.day(),
                listed.names(Listed.NEWLY_REGISTERED, names), listed.names(Listed.LOST, names),
                listed.names(Listed.NEW_USERS, names), listed.names(Listed.GONE, names));
        SnapshotTotals totals = all.get(at);
        return Optional.of(new Coverage(totals.day(), totals.members(), totals.guests(), totals.ssprRegistered(),
                totals.ssprEnabled(), totals.ssprCapable(), totals.mfaRegistered(), totals.mfaCapable(),
                totals.passwordlessCapable(), methods, listed.names(Listed.ENABLED_NOT_REGISTERED, names),
                listed.names(Listed.ADMINS_NOT_CAPABLE, names), listed.names(Listed.METHODS_UNKNOWN, names), changes,
                List.copyOf(all.subList(0, at + 1))));
    }

    /** Members per registered method, most first; the members each list names go to {@code listed}. */
    private static Map<String, Long> tally(SnapshotCensus now, Listed listed) {
        Map<String, Long> methods = new HashMap<>();
        now.persons().forEach((person, stateId) -> {
            UserRegistration u = now.states().get(stateId);
            if (!u.member()) {
                return;
            }
            if (u.methodsKnown()) {
                u.methodsRegistered().forEach(m -> methods.merge(m, 1L, Long::sum));
            } else {
                listed.add(Listed.METHODS_UNKNOWN, person);
            }
            if (u.ssprEnabled() && !u.ssprRegistered()) {
                listed.add(Listed.ENABLED_NOT_REGISTERED, person);
            }
            if (u.admin() && !u.ssprCapable()) {
                listed.add(Listed.ADMINS_NOT_CAPABLE, person);
            }
        });
        Map<String, Long> byCount = new LinkedHashMap<>();
        methods.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byCount.put(e.getKey(), e.getValue()));
        return byCount;
    }

    /** The members who registered, lost their registration, arrived or left between two snapshots. */
    private static void compare(SnapshotCensus before, SnapshotCensus now, Listed listed) {
        now.persons().forEach((person, stateId) -> {
            UserRegistration u = now.states().get(stateId);
            if (!u.member()) {
                return;
            }
            UserRegistration was = before.persons().containsKey(person) ? before.stateOf(person) : null;
            boolean wasMember = was != null && was.member();
            if (!wasMember) {
                listed.add(Listed.NEW_USERS, person);
            }
            if (u.ssprRegistered() && (!wasMember || !was.ssprRegistered())) {
                listed.add(Listed.NEWLY_REGISTERED, person);
            }
            if (!u.ssprRegistered() && wasMember && was.ssprRegistered()) {
                listed.add(Listed.LOST, person);
            }
        });
        before.persons().forEach((person, stateId) -> {
            boolean member = before.states().get(stateId).member();
            boolean stillMember = now.persons().containsKey(person) && now.stateOf(person).member();
            if (member && !stillMember) {
                listed.add(Listed.GONE, person);
            }
        });
    }

    /** The people each list names, by person; their names are read once for all lists. */
    private static final class Listed {
        static final int ENABLED_NOT_REGISTERED = 0;
        static final int ADMINS_NOT_CAPABLE = 1;
        static final int METHODS_UNKNOWN = 2;
        static final int NEWLY_REGISTERED = 3;
        static final int LOST = 4;
        static final int NEW_USERS = 5;
        static final int GONE = 6;

        private final List<Set<Integer>> lists = new ArrayList<>();

        Listed() {
            for (int i = 0; i <= GONE; i++) {
                lists.add(new HashSet<>());
            }
        }

        void add(int list, int person) {
            lists.get(list).add(person);
        }

        Set<Integer> persons() {
            Set<Integer> all = new HashSet<>();
            lists.forEach(all::addAll);
            return all;
        }

        List<String> names(int list, Map<Integer, String> names) {
            TreeSet<String> sorted = new TreeSet<>();
            lists.get(list).forEach(person -> sorted.add(names.get(person)));
            return List.copyOf(sorted);
        }
    }
}
