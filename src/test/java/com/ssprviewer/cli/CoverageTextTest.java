package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.insight.Coverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The terminal's coverage shows a long list's first names and says how many more there are; short lists whole. */
class CoverageTextTest {

    private static List<String> users(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.format("user%05d@fabrikam.com", i));
        }
        return out;
    }

    @Test
    void aListOfThousandsShowsItsFirstNamesAndHowManyMore() {
        Coverage c = new Coverage(LocalDate.of(2025, 4, 1), 30_000, 0, 0, 29_502, 0, 0, 0, 0, Map.of(),
                users(29_502), users(3), List.of(), new Coverage.Changes(null, List.of(), List.of(), List.of(),
                List.of()), List.of());

        String text = CoverageText.write(c);

        assertTrue(text.contains("Enabled but not registered (29502): user00000@fabrikam.com, "), text);
        assertTrue(text.contains("user00024@fabrikam.com, ... and 29477 more (coverage --json lists every one)\n"),
                text);
        assertFalse(text.contains("user00025@fabrikam.com"), "the 26th name is not shown");
        assertTrue(text.contains("Administrators not SSPR capable (3): user00000@fabrikam.com, user00001@fabrikam.com,"
                + " user00002@fabrikam.com\n"), text);
        assertTrue(text.length() < 3_000, "the whole text stays short: " + text.length());
    }
}
