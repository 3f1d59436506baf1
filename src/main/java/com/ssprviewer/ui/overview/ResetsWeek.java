package com.ssprviewer.ui.overview;

import com.ssprviewer.report.document.Tile;
import com.ssprviewer.ui.common.I18n;
import java.time.LocalDate;
import java.util.Collections;

/**
 * The "Resets, last 7 days" tile when its week is empty but the store is not: exported data is usually older than
 * the clock, so a bare 0 beside a chart full of resets would read as an error. The tile then says when the newest
 * attempts are from, which the As of day can move the week to.
 */
final class ResetsWeek {
    private ResetsWeek() {
    }

    static Tile explained(Tile resets, OverviewData d) {
        if (d.summary().attemptsLast7Days() > 0 || d.outcomesPerDay().isEmpty()) {
            return resets;
        }
        LocalDate newest = Collections.max(d.outcomesPerDay().keySet());
        return new Tile(resets.label(), resets.value(), I18n.format("overview.resets.older", newest.toString()));
    }
}
