package com.ssprviewer.ui.coverage;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.Coverages;
import com.ssprviewer.insight.Disagreements;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.SnapshotTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the coverage blade shows: the numbers from {@link Coverages} (the command line's path), the snapshot's
 * users and the previous snapshot's, and how many users' registration events and snapshots disagree. Runs on a
 * background thread (the store refuses the FX thread).
 */
public final class CoverageLoader {

    /** Users listed as the snapshot names them, ignoring case. */
    private static final Comparator<UserRegistration> BY_USER = Comparator.comparing(
            (UserRegistration u) -> u.userPrincipalName().toLowerCase(Locale.ROOT));

    private CoverageLoader() {
    }

    /** @param day null for the newest snapshot, else the one on or before it */
    public static CoverageData load(Store store, LocalDate day) {
        List<LocalDate> days = new ArrayList<>(store.snapshots().stream().map(SnapshotTotals::day).toList());
        Collections.reverse(days);
        Optional<Coverage> found = Coverages.compute(store, day);
        if (found.isEmpty()) {
            return CoverageData.none(days);
        }
        Coverage coverage = found.get();
        List<UserRegistration> users = new ArrayList<>();
        store.forEachSnapshotUser(coverage.snapshot(), u -> users.add(u.registration()));
        users.sort(BY_USER);
        Map<String, UserRegistration> previous = new HashMap<>();
        LocalDate before = coverage.changes().previous();
        if (before != null) {
            store.forEachSnapshotUser(before, u -> previous.put(u.registration().userPrincipalName(),
                    u.registration()));
        }
        return new CoverageData(days, coverage, users, previous, Disagreements.compute(store).size());
    }
}
