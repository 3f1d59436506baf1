package com.ssprviewer.model;

import java.util.Optional;

/**
 * One row of the classic report's Details table: the exact text, the outcome it belongs to,
 * and the documented fix where the text names one.
 *
 * @param number the row number in the published table (1-35)
 * @param text   the published wording
 * @param result the outcome an attempt with this Details has
 * @param fix    the documented fix ("... to resolve this", "Check ..."), or null where none is documented
 */
public record DetailsEntry(int number, String text, Outcome result, String fix) {

    public Optional<String> fixText() {
        return Optional.ofNullable(fix);
    }
}
