package com.ssprviewer.insight;

import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.SnapshotTotals;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes registration coverage from the stored snapshots: the one path the window and the command line take. Reads
 * the chosen snapshot's users and the previous snapshot's, and the stored counts of every snapshot for the trend.
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
        LocalDate day = all.get(at).day();
        Map<Integer, UserRegistration> now = members(store, day);
        Coverage.Changes changes = at == 0 ? Coverage.Changes.NONE
                : changes(all.get(at - 1).day(), members(store, all.get(at - 1).day()), now);
        return Optional.of(build(all.get(at), now, changes, List.copyOf(all.subList(0, at + 1))));
    }

    private static Map<Integer, UserRegistration> members(Store store, LocalDate day) {
        Map<Integer, UserRegistration> out = new LinkedHashMap<>();
        store.forEachSnapshotUser(day, u -> {
            if (u.registration().member()) {
                out.put(u.person(), u.registration());
            }
        });
        return out;
    }

    static Coverage build(SnapshotTotals totals, Map<Integer, UserRegistration> members, Coverage.Changes changes,
                          List<SnapshotTotals> trend) {
        Map<String, Long> methods = new HashMap<>();
        TreeSet<String> enabledNotRegistered = new TreeSet<>();
        TreeSet<String> adminsNotCapable = new TreeSet<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (UserRegistration u : members.values()) {
            if (u.methodsKnown()) {
                u.methodsRegistered().forEach(m -> methods.merge(m, 1L, Long::sum));
            } else {
                unknown.add(u.userPrincipalName());
            }
            if (u.ssprEnabled() && !u.ssprRegistered()) {
                enabledNotRegistered.add(u.userPrincipalName());
            }
            if (u.admin() && !u.ssprCapable()) {
                adminsNotCapable.add(u.userPrincipalName());
            }
        }
        Map<String, Long> byCount = new LinkedHashMap<>();
        methods.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byCount.put(e.getKey(), e.getValue()));
        return new Coverage(totals.day(), totals.members(), totals.guests(), totals.ssprRegistered(),
                totals.ssprEnabled(), totals.ssprCapable(), totals.mfaRegistered(), totals.mfaCapable(),
                totals.passwordlessCapable(), byCount, List.copyOf(enabledNotRegistered),
                List.copyOf(adminsNotCapable), List.copyOf(unknown), changes, trend);
    }

    static Coverage.Changes changes(LocalDate previousDay, Map<Integer, UserRegistration> before,
                                    Map<Integer, UserRegistration> now) {
        TreeSet<String> newlyRegistered = new TreeSet<>();
        TreeSet<String> lost = new TreeSet<>();
        TreeSet<String> added = new TreeSet<>();
        TreeSet<String> gone = new TreeSet<>();
        now.forEach((person, u) -> {
            UserRegistration was = before.get(person);
            if (was == null) {
                added.add(u.userPrincipalName());
            }
            if (u.ssprRegistered() && (was == null || !was.ssprRegistered())) {
                newlyRegistered.add(u.userPrincipalName());
            }
            if (!u.ssprRegistered() && was != null && was.ssprRegistered()) {
                lost.add(u.userPrincipalName());
            }
        });
        before.forEach((person, u) -> {
            if (!now.containsKey(person)) {
                gone.add(u.userPrincipalName());
            }
        });
        return new Coverage.Changes(previousDay, List.copyOf(newlyRegistered), List.copyOf(lost),
                List.copyOf(added), List.copyOf(gone));
    }
}
