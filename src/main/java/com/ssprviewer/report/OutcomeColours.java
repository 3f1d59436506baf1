package com.ssprviewer.report;

import com.ssprviewer.model.Outcome;
import java.awt.Color;
import java.util.Locale;

/**
 * The one colour of each reset outcome on paper and in the window's light theme; the window's stylesheet holds the
 * same values as its {@code -color-outcome-*} tokens (a test compares them), and print cannot read a stylesheet.
 *
 * <p>The hues are the Okabe-Ito palette's, which people with any common colour-vision deficiency tell apart, darkened
 * until each reads as text on white at WCAG AA (4.5:1). Succeeded and Failed also differ in lightness, so they stay
 * apart in greyscale print and for readers who cannot tell red from green at all.
 */
public final class OutcomeColours {

    private OutcomeColours() {
    }

    /** The colour as {@code #rrggbb}, upper case, as the stylesheet writes it. */
    public static String hex(Outcome outcome) {
        switch (outcome) {
            case SUCCEEDED:
                return "#00785A";
            case FAILED:
                return "#8F2D00";
            case ABANDONED:
                return "#6E6E6E";
            case BLOCKED:
                return "#A8457E";
            case CANCELED:
                return "#0072B2";
            case CONTACTED_ADMIN:
                return "#8F5C00";
            default:
                throw new IllegalArgumentException("No colour for outcome " + outcome);
        }
    }

    public static Color colour(Outcome outcome) {
        return Color.decode(hex(outcome));
    }

    /** The outcome's style name in the window, e.g. {@code outcome-contacted-admin}; its colour token adds -color-. */
    public static String styleName(Outcome outcome) {
        return "outcome-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
