package com.ssprviewer.ui.coverage;

import com.ssprviewer.insight.Coverages;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.SnapshotTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads what the coverage blade shows: the numbers from {@link Coverages} (the command line's path) and the days to
 * choose from. Runs on a background thread (the store refuses the FX thread).
 */
public final class CoverageLoader {

    private CoverageLoader() {
    }

    /** @param day null for the newest snapshot, else the one on or before it */
    public static CoverageData load(Store store, LocalDate day) {
        List<LocalDate> days = new ArrayList<>(store.snapshots().stream().map(SnapshotTotals::day).toList());
        Collections.reverse(days);
        return Coverages.compute(store, day).map(c -> new CoverageData(days, c))
                .orElseGet(() -> CoverageData.none(days));
    }
}
