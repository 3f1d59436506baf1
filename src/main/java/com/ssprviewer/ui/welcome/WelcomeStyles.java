package com.ssprviewer.ui.welcome;

/** Style class names of the welcome blade in {@code app.css}. */
final class WelcomeStyles {
    static final String WELCOME = "welcome";
    static final String HEADING = "welcome-heading";
    static final String TEXT = "welcome-text";
    static final String SECTION = "section-caption";
    static final String FORMATS = "welcome-formats";
    static final String FORMAT_LINE = "welcome-format";
    static final String BUTTONS = "welcome-buttons";

    private WelcomeStyles() {
    }
}
