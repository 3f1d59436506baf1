package com.ssprviewer.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ValueNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SuspiciousWordsTest {

    @AfterEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    @Test
    void theBlockedFindingIsNamedWithTheWordTheChartsUseForBlockedInEveryLanguage() {
        for (AppLanguage language : AppLanguage.values()) {
            I18n.setLocale(language.locale());

            assertEquals(ValueNames.of(Outcome.BLOCKED), SuspiciousTexts.name(SuspiciousTexts.BLOCKED),
                    language.name());
        }
    }
}
