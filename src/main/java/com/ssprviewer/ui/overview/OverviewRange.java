package com.ssprviewer.ui.overview;

/** The date ranges the Overview offers; each counts back from the "as of" moment except {@link #CUSTOM}. */
public enum OverviewRange {
    LAST_7_DAYS(7, "overview.range.last7"),
    LAST_30_DAYS(30, "overview.range.last30"),
    LAST_90_DAYS(90, "overview.range.last90"),
    ALL(0, "overview.range.all"),
    CUSTOM(0, "overview.range.custom");

    private final int days;
    private final String key;

    OverviewRange(int days, String key) {
        this.days = days;
        this.key = key;
    }

    /** Days counted back from "as of"; 0 for all data and for a custom range. */
    public int days() {
        return days;
    }

    /** Bundle key of the label shown in the range chooser. */
    public String key() {
        return key;
    }
}
