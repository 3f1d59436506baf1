package com.ssprviewer.store;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How to read one file: the zone of times written without one (classic reports), chosen by the user.
 *
 * @param zone the zone of zone-less times; UTC by default
 */
public record ImportOptions(ZoneId zone) {

    public ImportOptions {
        Objects.requireNonNull(zone, "zone");
    }

    public static ImportOptions defaults() {
        return new ImportOptions(ZoneOffset.UTC);
    }
}
