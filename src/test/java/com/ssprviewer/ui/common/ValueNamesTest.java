package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Unlisted;
import com.ssprviewer.report.CellText;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.ValueKeys;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Outcomes, statuses and methods read in the window's language; files and the command line keep one spelling. */
class ValueNamesTest {

    @AfterEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    @Test
    void inEnglishEveryOutcomeStatusAndMethodReadsAsInFilesAndOnTheCommandLine() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        for (Enum<?> value : ValueKeys.named()) {
            assertEquals(CellText.label(value), ValueNames.of(value), value.toString());
        }
    }

    @Test
    void inSwedishEveryOutcomeStatusAndMethodHasASwedishName() {
        I18n.setLocale(AppLanguage.SWEDISH.locale());
        for (Enum<?> value : ValueKeys.named()) {
            String name = ValueNames.of(value);
            assertFalse(name.isBlank() || name.startsWith("!"), value + ": " + name);
            assertNotEquals(CellText.label(value), name, value.toString());
        }
        assertEquals("Blockerad", ValueNames.of(Outcome.BLOCKED));
        assertEquals("Mobiltelefon + Säkerhetsfrågor",
                ValueNames.methods(List.of(Method.MOBILE_PHONE, Method.SECURITY_QUESTIONS)));
    }

    @Test
    void aTableCellNamesValuesInTheLanguageWhileAFileKeepsTheCanonicalSpelling() {
        I18n.setLocale(AppLanguage.SWEDISH.locale());
        List<Method> methods = List.of(Method.ALTERNATE_EMAIL, Method.OFFICE_PHONE);

        assertEquals("Alternativ e-post + Arbetstelefon", CellText.of(methods, Instant::toString, ValueNames::of));
        assertEquals("Alternate Email + Office Phone", CellText.of(methods));
        assertEquals("Misslyckad", CellText.of(Status.FAILURE, Instant::toString, ValueNames::of));
        assertEquals("Failure", CellText.of(Status.FAILURE));
    }

    @Test
    void dataAnExportDoesNotHoldIsNamedInTheWindowAndLeftEmptyInFiles() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        assertEquals("Not in the export", CellText.of(Unlisted.NOT_IN_EXPORT, Instant::toString, ValueNames::of));
        I18n.setLocale(AppLanguage.SWEDISH.locale());
        assertEquals("Finns inte i exporten",
                CellText.of(Unlisted.NOT_IN_EXPORT, Instant::toString, ValueNames::of));
        assertEquals("", CellText.of(Unlisted.NOT_IN_EXPORT));
        assertEquals("Finns inte i exporten",
                new ReportTexts(Locale.forLanguageTag("sv"))
                        .value(Unlisted.NOT_IN_EXPORT));
    }
}
