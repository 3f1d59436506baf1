package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void everyEnglishKeyHasASwedishTextAndTheOtherWayRound() throws IOException {
        Properties english = load("messages.properties");
        Properties swedish = load("messages_sv.properties");

        assertEquals(Set.of(), difference(english, swedish), "keys missing in messages_sv.properties");
        assertEquals(Set.of(), difference(swedish, english), "keys missing in messages.properties");
    }

    @Test
    void noTextIsEmptyAndEveryPatternParses() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_sv.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.isBlank(), file + ": " + key + " is empty");
                new MessageFormat(text);
            }
        }
    }

    @Test
    void swedishIsReadAsUtf8() {
        assertEquals("Översikt", I18n.bundle(AppLanguage.SWEDISH.locale()).getString("nav.overview"));
    }

    @Test
    void englishDoesNotFallBackToTheMachineLanguage() {
        assertEquals("Overview", I18n.bundle(AppLanguage.ENGLISH.locale()).getString("nav.overview"));
    }

    @Test
    void switchingTheLanguageChangesBoundTexts() {
        var text = I18n.text("nav.overview");
        try {
            I18n.setLocale(AppLanguage.SWEDISH.locale());
            assertEquals("Översikt", text.get());
            I18n.setLocale(AppLanguage.ENGLISH.locale());
            assertEquals("Overview", text.get());
        } finally {
            I18n.setLocale(AppLanguage.ENGLISH.locale());
        }
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertTrue(I18n.get("no.such.key").contains("no.such.key"));
    }

    private static Set<String> difference(Properties a, Properties b) {
        Set<String> missing = new TreeSet<>(a.stringPropertyNames());
        missing.removeAll(b.stringPropertyNames());
        return missing;
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/com/ssprviewer/ui/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
