package com.ssprviewer.ui.common;

/** Light (portal-like, the default) or dark; dark only swaps the colour tokens of {@code app.css}. */
public enum Theme {
    LIGHT("theme.light"),
    DARK("theme.dark");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
