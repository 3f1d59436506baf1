package com.ssprviewer.report.document;

import java.util.Objects;

/**
 * One headline number of the Overview, e.g. label "Resets in the last 7 days", value "42", context "of 57 attempts".
 *
 * @param label   what the number counts
 * @param value   the number, already formatted
 * @param context a short explanation under the number; may be empty
 */
public record Tile(String label, String value, String context) {

    public Tile {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        context = context == null ? "" : context;
    }
}
