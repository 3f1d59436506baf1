package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.Theme;
import com.ssprviewer.ui.common.TimeMode;

/** The bundle key of each View-menu choice. */
final class ChoiceKeys {
    private ChoiceKeys() {
    }

    static String of(Enum<?> value) {
        if (value instanceof TimeMode mode) {
            return mode.menuKey();
        }
        if (value instanceof AppLanguage language) {
            return language.key();
        }
        if (value instanceof Theme theme) {
            return theme.key();
        }
        throw new IllegalArgumentException("No menu text for " + value);
    }
}
