package com.ssprviewer.insight;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.SnapshotFacts;
import com.ssprviewer.store.api.SnapshotList;
import com.ssprviewer.store.api.SnapshotTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Computes registration coverage from the stored snapshots: the one path the window and the command line take. The
 * counts and the trend come from every snapshot's stored counts, the methods and lists from what the snapshot's
 * import kept, so coverage reads a few rows and the names of the listed members, never every user.
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
        SnapshotTotals totals = all.get(at);
        SnapshotFacts facts = store.snapshotFacts(totals.day());
        Coverage.Changes changes = at == 0 ? Coverage.Changes.NONE : new Coverage.Changes(all.get(at - 1).day(),
                facts.list(SnapshotList.NEWLY_REGISTERED), facts.list(SnapshotList.LOST_REGISTRATION),
                facts.list(SnapshotList.NEW_USERS), facts.list(SnapshotList.GONE_USERS));
        return Optional.of(new Coverage(totals.day(), totals.members(), totals.guests(), totals.ssprRegistered(),
                totals.ssprEnabled(), totals.ssprCapable(), totals.mfaRegistered(), totals.mfaCapable(),
                totals.passwordlessCapable(), facts.methods(), facts.list(SnapshotList.ENABLED_NOT_REGISTERED),
                facts.list(SnapshotList.ADMINS_NOT_CAPABLE), facts.list(SnapshotList.METHODS_UNKNOWN), changes,
                List.copyOf(all.subList(0, at + 1))));
    }
}
