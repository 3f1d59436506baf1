package com.ssprviewer.ui.lists;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.ui.common.Styles;

/** Which colour a status or outcome cell gets: green for success, red for failure, amber for the rest. */
final class CellStyles {
    private CellStyles() {
    }

    /** The style class for a cell value, or null for plain text. */
    static String of(Object value) {
        if (value instanceof Status s) {
            return s == Status.SUCCESS ? Styles.SUCCESS : s == Status.FAILURE ? Styles.DANGER : Styles.WARNING;
        }
        if (value instanceof Outcome o) {
            switch (o) {
                case SUCCEEDED:
                    return Styles.SUCCESS;
                case FAILED:
                case BLOCKED:
                    return Styles.DANGER;
                default:
                    return Styles.WARNING;
            }
        }
        return null;
    }
}
