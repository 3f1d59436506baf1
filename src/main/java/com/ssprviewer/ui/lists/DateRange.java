package com.ssprviewer.ui.lists;

import java.time.Duration;

/** The date range presets of the filter bar, as in the portal; {@link #CUSTOM} uses two chosen days. */
public enum DateRange {
    DAY("filter.date.day", Duration.ofHours(24)),
    WEEK("filter.date.week", Duration.ofDays(7)),
    MONTH("filter.date.month", Duration.ofDays(30)),
    ALL("filter.date.all", null),
    CUSTOM("filter.date.custom", null);

    private final String key;
    private final Duration span;

    DateRange(String key, Duration span) {
        this.key = key;
        this.span = span;
    }

    /** The bundle key of the preset's name. */
    public String key() {
        return key;
    }

    /** How far back from now the preset reaches, or null for {@link #ALL} and {@link #CUSTOM}. */
    public Duration span() {
        return span;
    }
}
