package com.ssprviewer.report;

import com.ssprviewer.store.query.EventFilter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What to put in a report: the blade, its filters, the "as of" moment, the zone times are shown in, and the language.
 *
 * @param storeName the store as the user knows it (its folder)
 */
public record ReportRequest(ReportBlade blade, EventFilter filter, Instant asOf, ZoneId zone, ReportTexts texts,
                            String storeName) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A time as the report prints it, in the request's zone. */
    public String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }

    /** The zone as column headers name it: {@code UTC} or the zone id. */
    public String zoneLabel() {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
