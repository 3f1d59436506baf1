package com.ssprviewer.ui.lists;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.report.OutcomeColours;
import com.ssprviewer.ui.common.Styles;

/**
 * Which colour a status or outcome cell gets: each outcome its own colour, the one the Overview's charts and the
 * printed report give it; a status green for success, red for failure, amber for the rest.
 */
final class CellStyles {
    private CellStyles() {
    }

    /** The style class for a cell value, or null for plain text. */
    static String of(Object value) {
        if (value instanceof Status s) {
            return s == Status.SUCCESS ? Styles.SUCCESS : s == Status.FAILURE ? Styles.DANGER : Styles.WARNING;
        }
        if (value instanceof Outcome o) {
            return OutcomeColours.styleName(o);
        }
        return null;
    }
}
