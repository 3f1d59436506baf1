package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportResult;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A small coloured label naming how an import ended: green imported, amber imported with rejected rows, canceled or
 * removed, red refused or failed. A file that left rows behind never looks like a clean one.
 */
final class OutcomeBadge {
    private OutcomeBadge() {
    }

    /** @param rejected the rows the import rejected */
    static Label of(ImportResult.Outcome outcome, long rejected, String id) {
        boolean partly = outcome == ImportResult.Outcome.IMPORTED && rejected > 0;
        Label badge = new Label(partly ? ImportTexts.partlyImported() : ImportTexts.outcome(outcome));
        badge.setId(id);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.getStyleClass().addAll(ImportStyles.BADGE, partly ? ImportStyles.BADGE_WARN : styleOf(outcome));
        return badge;
    }

    static String styleOf(ImportResult.Outcome outcome) {
        return switch (outcome) {
            case IMPORTED -> ImportStyles.BADGE_OK;
            case CANCELED, REMOVED -> ImportStyles.BADGE_WARN;
            case REFUSED, FAILED -> ImportStyles.BADGE_BAD;
        };
    }
}
