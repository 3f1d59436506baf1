package com.ssprviewer.report.document;

import static com.ssprviewer.report.document.ReportFixture.PRINTED_AT;
import static com.ssprviewer.report.document.ReportFixture.allText;
import static com.ssprviewer.report.document.ReportFixture.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Printed headers and cells wrap at spaces, after '/' and before '@' only: never inside a word or a name. */
class WordBreakTest {

    private static final List<String> HEADERS = List.of("Date (Europe/Stockholm)", "User", "Role", "Methods used",
            "Result", "Details", "IP address");
    private static final List<Float> WIDTHS = List.of(1.2f, 1.3f, 0.8f, 1.2f, 1f, 3f, 1.1f);
    private static final List<Boolean> WRAP = List.of(false, true, true, true, true, true, true);
    private static final String USER = "megan.bowen-administrator@contoso.onmicrosoft.com";

    private static String text(PageSetup setup) {
        ReportContent content = new ReportContent("Password reset activity", List.of(), PRINTED_AT,
                List.of(new TableSection(HEADERS, WIDTHS, WRAP, List.of(List.of("2025-03-04 09:06", USER, "User",
                        "Mobile phone, Email", "Contacted admin", "User contacted an admin", "203.0.113.7")))));
        return allText(pdf(content, setup, ReportFixture.ENGLISH));
    }

    @Test
    void aTimeZoneInAHeaderWrapsAfterItsSlashNotInsideTheCityName() {
        for (PageSetup setup : List.of(PageSetup.defaults(), new PageSetup(Paper.LETTER, true, 15f))) {
            String text = text(setup);
            assertTrue(text.contains("Stockholm)"), "the zone's city is whole:\n" + text);
            assertTrue(text.contains("(Europe/"), "the zone's region is whole:\n" + text);
        }
    }

    @Test
    void aLongUserNameWrapsBeforeItsAtSignWithBothHalvesWhole() {
        String text = text(new PageSetup(Paper.A4, true, 15f));
        assertTrue(text.contains("megan.bowen-administrator"), "the name before the @ is whole:\n" + text);
        assertTrue(text.contains("@contoso.onmicrosoft.com"), "the domain is whole:\n" + text);
    }

    @Test
    void aOneLineValueTooWideEvenInSmallTypeWrapsAtItsSpaceNotInsideTheTime() {
        String text = text(PageSetup.defaults());
        assertTrue(text.contains("09:06"), "the time is whole:\n" + text);
        assertTrue(text.contains("2025-03-04"), "the day is whole:\n" + text);
    }

    @Test
    void wordsOfAHeaderAreNeverSplitBetweenLetters() {
        String text = text(PageSetup.defaults());
        for (String word : List.of("Methods", "used", "Result", "Details", "address", "Contacted", "admin")) {
            assertTrue(text.contains(word), word + " is whole:\n" + text);
        }
    }

    @Test
    void aWordIsCutOnlyAfterASlashAndBeforeAnAtSign() {
        assertEquals(List.of("Europe/", "Stockholm"), TextWrapper.pieces("Europe/Stockholm"));
        assertEquals(List.of("megan.bowen", "@contoso.com"), TextWrapper.pieces("megan.bowen@contoso.com"));
        assertEquals(List.of("7f3c2a9e-5b1d-4e8f"), TextWrapper.pieces("7f3c2a9e-5b1d-4e8f"));
        assertEquals(List.of("/"), TextWrapper.pieces("/"));
    }
}
