package com.ssprviewer.report;

import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.lists.ListDefinitions;
import java.util.Locale;
import java.util.Optional;

/** The blades a report can be made of, by their command-line names, with the list each list blade prints. */
public enum ReportBlade {
    OVERVIEW("overview", "report.title.overview", null),
    RESETS("resets", "report.title.resets", ListDefinitions.ATTEMPTS),
    REGISTRATIONS("registrations", "report.title.registrations", ListDefinitions.REGISTRATIONS),
    AUDITLOG("auditlog", "report.title.auditlog", ListDefinitions.EVENTS),
    POLICY("policy", "report.title.policy", ListDefinitions.POLICY),
    /** Registration coverage of the snapshot on or before the request's "as of" day (UTC). */
    COVERAGE("coverage", "report.title.coverage", null);

    /** The number of columns from which a list prints landscape. */
    public static final int WIDE_LIST_COLUMNS = 6;

    private final String id;
    private final String titleKey;
    private final ListDefinition<?> list;

    ReportBlade(String id, String titleKey, ListDefinition<?> list) {
        this.id = id;
        this.titleKey = titleKey;
        this.list = list;
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The list the blade prints as a table; empty for the overview and the coverage. */
    public Optional<ListDefinition<?>> list() {
        return Optional.ofNullable(list);
    }

    /**
     * A list of six or more columns prints across a landscape page: upright, its headers and user names would wrap
     * onto several lines. The Overview, the coverage and narrower lists read well upright.
     */
    public boolean prefersLandscape() {
        return list != null && list.shownColumns().size() >= WIDE_LIST_COLUMNS;
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
