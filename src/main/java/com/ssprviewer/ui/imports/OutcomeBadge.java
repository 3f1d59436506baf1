package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportResult;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A small coloured label naming how an import ended: green imported, amber canceled, red refused or failed. */
final class OutcomeBadge {
    private OutcomeBadge() {
    }

    static Label of(ImportResult.Outcome outcome, String id) {
        Label badge = new Label(ImportTexts.outcome(outcome));
        badge.setId(id);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.getStyleClass().addAll(ImportStyles.BADGE, styleOf(outcome));
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
