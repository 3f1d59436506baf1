package com.ssprviewer.ui.coverage;

import com.ssprviewer.insight.Coverage;
import java.time.LocalDate;
import java.util.List;

/**
 * What the coverage blade shows of one snapshot: its numbers and the days a person can choose. The users behind a
 * number are read when it is opened ({@link CoverageUsers}), so the blade never waits for a whole snapshot.
 *
 * @param days     every snapshot's day, newest first (the chooser's choices)
 * @param coverage null when no snapshot is stored
 */
public record CoverageData(List<LocalDate> days, Coverage coverage) {

    public CoverageData {
        days = List.copyOf(days);
    }

    static CoverageData none(List<LocalDate> days) {
        return new CoverageData(days, null);
    }
}
