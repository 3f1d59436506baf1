package com.ssprviewer.ui.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.OutcomeColours;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both themes reach WCAG AA as the stylesheets write them: text (placeholders, muted text, links, outcome and
 * status colours, badges) 4.5:1 against what it stands on; scroll-bar thumbs against their track and chart fills
 * against their card 3:1.
 */
class ThemeContrastTest {

    private static final double TEXT = 4.5;
    private static final double GRAPHIC = 3.0;

    private final ThemeStylesheet app = ThemeStylesheet.read(ThemeStylesheet.APP);
    private final ThemeStylesheet overview = ThemeStylesheet.read(ThemeStylesheet.OVERVIEW);
    private final List<String> failures = new ArrayList<>();
    private boolean dark;

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void textReadsAtFourAndAHalfToOne(boolean darkTheme) {
        dark = darkTheme;
        String surface = app.token("-color-surface", dark);
        String canvas = app.token("-color-canvas", dark);
        String surfaceAlt = app.token("-color-surface-alt", dark);
        for (String background : List.of(surface, canvas, surfaceAlt)) {
            check("text", app.token("-color-fg", dark), background, TEXT);
            check("muted text", app.colour(".muted", "-fx-text-fill", dark), background, TEXT);
        }
        String placeholder = app.colour(".text-input", "-fx-prompt-text-fill", dark);
        check("placeholder in a text field", placeholder, surface, TEXT);
        check("placeholder in a filter field", placeholder,
                app.colour(".filter-field", "-fx-background-color", dark), TEXT);
        check("link", app.colour(".hyperlink", "-fx-text-fill", dark), surface, TEXT);
        check("link on the canvas", app.colour(".hyperlink", "-fx-text-fill", dark), canvas, TEXT);
        check("details link", app.colour(".details-links .hyperlink", "-fx-text-fill", dark), surface, TEXT);
        check("breadcrumb link", app.colour(".breadcrumb-link", "-fx-text-fill", dark),
                app.colour(".breadcrumb .button", "-fx-background-color", dark), TEXT);
        check("toolbar button", app.colour(".toolbar-button", "-fx-text-fill", dark), surface, TEXT);
        onOwnBackground("toolbar button under the pointer", ".toolbar-button", ".toolbar-button:hover");
        onOwnBackground("default button", ".button:default", ".button:default");
        onOwnBackground("filter scope pill", ".filter-scope", ".filter-scope");
        onOwnBackground("filter pill", ".filter-pill", ".filter-pill:hover");
        for (String badge : List.of(".badge.badge-ok", ".badge.badge-warn", ".badge.badge-bad")) {
            onOwnBackground("import badge " + badge, badge, badge);
        }
        check("tile label", colour(overview, ".tile-label", "-fx-text-fill"),
                colour(overview, ".overview-tile:hover", "-fx-background-color"), TEXT);
        check("chart axis", colour(overview, ".axis", "-fx-tick-label-fill"),
                colour(overview, ".chart-card", "-fx-background-color"), TEXT);
        check("print preview hint", app.colour(".print-sheet-hint", "-fx-text-fill", dark),
                app.colour(".print-sheet", "-fx-background-color", dark), TEXT);
        listCells(surface);
        assertTrue(failures.isEmpty(), theme() + " theme below WCAG AA:\n" + String.join("\n", failures));
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void scrollBarsAndChartFillsStandOutAtThreeToOne(boolean darkTheme) {
        dark = darkTheme;
        String track = app.colour(".scroll-bar .track", "-fx-background-color", dark);
        check("scroll-bar thumb", app.colour(".scroll-bar .thumb", "-fx-background-color", dark), track, GRAPHIC);
        check("scroll-bar thumb under the pointer", app.colour(".scroll-bar .thumb:hover", "-fx-background-color",
                dark), track, GRAPHIC);
        check("scroll-bar arrows", app.colour(".scroll-bar .increment-arrow", "-fx-background-color", dark), track,
                GRAPHIC);
        String card = colour(overview, ".chart-card", "-fx-background-color");
        for (Outcome o : Outcome.values()) {
            String style = OutcomeColours.styleName(o);
            check("pie slice " + o.label(), colour(overview, ".chart-pie:" + style, "-fx-pie-color"), card, GRAPHIC);
            check("per-day bar " + o.label(), colour(overview, "#chart-per-day .default-color" + o.ordinal()
                    + ".chart-bar", "-fx-bar-fill"), card, GRAPHIC);
        }
        for (String bars : List.of(".chart-bar", "#chart-problems .chart-bar", "#chart-data .chart-bar")) {
            check("bars " + bars, colour(overview, bars, "-fx-bar-fill"), card, GRAPHIC);
        }
        assertTrue(failures.isEmpty(), theme() + " theme below WCAG AA:\n" + String.join("\n", failures));
    }

    /** Outcome and status words in list cells, on a row and on a row under the pointer. */
    private void listCells(String surface) {
        String row = app.colour(".table-row-cell", "-fx-background-color", dark);
        String hover = app.colour(".table-row-cell:hover", "-fx-background-color", dark);
        List<String> styles = new ArrayList<>(List.of("success", "danger", "warning"));
        for (Outcome o : Outcome.values()) {
            styles.add(OutcomeColours.styleName(o));
        }
        for (String style : styles) {
            String text = app.colour(".table-cell." + style, "-fx-text-fill", dark);
            check("list cell " + style, text, row, TEXT);
            check("list cell " + style + " under the pointer", text, hover, TEXT);
            check("list cell " + style + " on the blade", text, surface, TEXT);
        }
    }

    private void onOwnBackground(String what, String textSelector, String backgroundSelector) {
        check(what, app.colour(textSelector, "-fx-text-fill", dark),
                app.colour(backgroundSelector, "-fx-background-color", dark), TEXT);
    }

    /** A colour of overview.css, whose tokens app.css defines. */
    private String colour(ThemeStylesheet sheet, String selector, String property) {
        String value = sheet.value(selector, property);
        return value.startsWith("-color-") ? app.token(value, dark) : sheet.colour(selector, property, dark);
    }

    private void check(String what, String foreground, String background, double minimum) {
        double ratio = ThemeStylesheet.contrast(foreground, background);
        if (ratio < minimum) {
            failures.add(String.format(Locale.ROOT, "%s: %s on %s is %.2f:1, needs %.1f:1", what, foreground,
                    background, ratio, minimum));
        }
    }

    private String theme() {
        return dark ? "The dark" : "The light";
    }
}
