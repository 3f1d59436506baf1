package com.ssprviewer.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.OutcomeColours;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each outcome has one colour, the same in the window's lists and charts and on paper. */
class OutcomeColoursTest {

    private final ThemeStylesheet app = ThemeStylesheet.read(ThemeStylesheet.APP);
    private final ThemeStylesheet overview = ThemeStylesheet.read(ThemeStylesheet.OVERVIEW);

    private static String token(Outcome o) {
        return "-color-" + OutcomeColours.styleName(o);
    }

    @Test
    void theWindowsLightThemeGivesEachOutcomeTheColourPrintUses() {
        for (Outcome o : Outcome.values()) {
            assertEquals(OutcomeColours.hex(o), app.token(token(o), false), o.label());
        }
    }

    @Test
    void listCellsPieSlicesAndPerDayBarsPaintEachOutcomeWithItsToken() {
        for (Outcome o : Outcome.values()) {
            String style = OutcomeColours.styleName(o);
            assertEquals(token(o), app.value(".table-cell." + style, "-fx-text-fill"), "list cell " + o.label());
            assertEquals(token(o), overview.value(".chart-pie:" + style, "-fx-pie-color"), "pie slice " + o.label());
            // the per-day chart adds one series per outcome in enum order, so series N is the N-th outcome
            assertEquals(token(o), overview.value("#chart-per-day .default-color" + o.ordinal() + ".chart-bar",
                    "-fx-bar-fill"), "per-day bar " + o.label());
        }
    }

    @Test
    void theSixOutcomesHaveSixDifferentColoursInEachTheme() {
        for (boolean dark : new boolean[] {false, true}) {
            Set<String> colours = new HashSet<>();
            for (Outcome o : Outcome.values()) {
                colours.add(app.token(token(o), dark));
            }
            assertEquals(Outcome.values().length, colours.size(), (dark ? "dark: " : "light: ") + colours);
        }
    }

    @Test
    void succeededAndFailedDifferInLightnessNotOnlyInHue() {
        for (boolean dark : new boolean[] {false, true}) {
            double ratio = ThemeStylesheet.contrast(app.token(token(Outcome.SUCCEEDED), dark),
                    app.token(token(Outcome.FAILED), dark));
            assertTrue(ratio >= 1.5, (dark ? "dark" : "light") + ": Succeeded against Failed is only " + ratio
                    + ":1, too close in lightness to tell apart without hue (greyscale print, red-green blindness)");
        }
    }
}
