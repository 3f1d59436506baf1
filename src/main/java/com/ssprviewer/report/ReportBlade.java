package com.ssprviewer.report;

import java.util.Locale;
import java.util.Optional;

/** The blades a report can be made of, by their command-line names. */
public enum ReportBlade {
    OVERVIEW("overview", "report.title.overview"),
    RESETS("resets", "report.title.resets"),
    REGISTRATIONS("registrations", "report.title.registrations"),
    AUDITLOG("auditlog", "report.title.auditlog");

    private final String id;
    private final String titleKey;

    ReportBlade(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The audit log's nine columns only fit across a landscape page; the other blades read well upright. */
    public boolean prefersLandscape() {
        return this == AUDITLOG;
    }

    public static Optional<ReportBlade> parse(String text) {
        for (ReportBlade b : values()) {
            if (b.id.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
