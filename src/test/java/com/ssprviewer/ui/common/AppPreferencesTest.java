package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppPreferencesTest {
    private final MemoryPreferences node = new MemoryPreferences();

    @Test
    void aFirstStartShowsUtcInEnglishWithTheLightTheme() {
        AppPreferences preferences = new AppPreferences(node);

        assertEquals(TimeMode.UTC, preferences.timeMode());
        assertEquals(AppLanguage.ENGLISH, preferences.language());
        assertEquals(Theme.LIGHT, preferences.theme());
    }

    @Test
    void choicesAreRememberedForTheNextStart() {
        AppPreferences first = new AppPreferences(node);
        first.setTimeMode(TimeMode.LOCAL);
        first.setLanguage(AppLanguage.SWEDISH);
        first.setTheme(Theme.DARK);

        AppPreferences next = new AppPreferences(node);

        assertEquals(TimeMode.LOCAL, next.timeMode());
        assertEquals(AppLanguage.SWEDISH, next.language());
        assertEquals(Theme.DARK, next.theme());
    }

    @Test
    void aDamagedValueFallsBackToTheDefault() {
        node.put("theme", "PURPLE");
        node.put("language", "xx");

        AppPreferences preferences = new AppPreferences(node);

        assertEquals(Theme.LIGHT, preferences.theme());
        assertEquals(AppLanguage.ENGLISH, preferences.language());
    }

    @Test
    void eachBladeKeepsItsOwnNode() {
        AppPreferences preferences = new AppPreferences(node);
        preferences.bladeNode("auditlog").put("text", "reset");

        assertEquals("reset", preferences.bladeNode("auditlog").get("text", ""));
        assertEquals("", preferences.bladeNode("resets").get("text", ""));
    }
}
