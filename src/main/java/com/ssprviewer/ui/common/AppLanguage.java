package com.ssprviewer.ui.common;

import java.util.Locale;

/** The languages the window speaks. Each is named in its own language in the menu. */
public enum AppLanguage {
    ENGLISH(Locale.ENGLISH, "language.english"),
    SWEDISH(Locale.forLanguageTag("sv"), "language.swedish");

    private final Locale locale;
    private final String key;

    AppLanguage(Locale locale, String key) {
        this.locale = locale;
        this.key = key;
    }

    public Locale locale() {
        return locale;
    }

    public String key() {
        return key;
    }

    /** The language for a stored language tag, English when unknown. */
    public static AppLanguage fromTag(String tag) {
        for (AppLanguage language : values()) {
            if (language.locale.toLanguageTag().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return ENGLISH;
    }
}
