package com.ssprviewer.ui.common;

import java.util.prefs.Preferences;

/**
 * The user's choices that outlive the window (time mode, language, theme, per-blade state), kept with
 * {@link java.util.prefs}. Tests pass an in-memory node instead of the user's real one.
 */
public final class AppPreferences {
    private static final String TIME_MODE = "timeMode";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String BLADES = "blades";
    private static final String WINDOW = "window";

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The preferences of the signed-in user for this application. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("com/ssprviewer/viewer"));
    }

    public TimeMode timeMode() {
        return enumValue(TIME_MODE, TimeMode.class, TimeMode.UTC);
    }

    public void setTimeMode(TimeMode mode) {
        node.put(TIME_MODE, mode.name());
    }

    public AppLanguage language() {
        return AppLanguage.fromTag(node.get(LANGUAGE, AppLanguage.ENGLISH.locale().toLanguageTag()));
    }

    public void setLanguage(AppLanguage language) {
        node.put(LANGUAGE, language.locale().toLanguageTag());
    }

    public Theme theme() {
        return enumValue(THEME, Theme.class, Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    /** A node where a blade keeps its own state (e.g. its filters), named by a stable blade id. */
    public Preferences bladeNode(String bladeId) {
        return node.node(BLADES).node(bladeId);
    }

    /** The node {@link WindowState} keeps the window's bounds in. */
    public Preferences windowNode() {
        return node.node(WINDOW);
    }

    private <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        String stored = node.get(key, fallback.name());
        try {
            return Enum.valueOf(type, stored);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
