package com.ssprviewer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.ssprviewer.model.Method;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Printed reports name outcomes, statuses and methods in their language; English is the canonical spelling. */
class ReportValueNamesTest {

    @Test
    void anEnglishReportUsesTheCanonicalSpellingAndASwedishOneItsOwnNames() {
        ReportTexts english = new ReportTexts(Locale.ENGLISH);
        ReportTexts swedish = new ReportTexts(Locale.forLanguageTag("sv"));
        for (Enum<?> value : ValueKeys.named()) {
            assertEquals(CellText.label(value), english.value(value), value.toString());
            assertNotEquals(CellText.label(value), swedish.value(value), value.toString());
        }
        assertEquals("Mobiltelefon", swedish.value(Method.MOBILE_PHONE));
    }
}
