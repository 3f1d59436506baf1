package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Treats every dotted string literal in the UI code ({@code "nav.overview"}, wherever it is passed) as a bundle key,
 * except the few known non-keys below, and fails if a bundle lacks one. Keys are always written out whole in the
 * code for this reason: never build a key by concatenation.
 */
class UsedKeysTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path SOURCES_UI = SOURCES.resolve(Path.of("com", "ssprviewer", "ui"));
    private static final Pattern I18N_CALL = Pattern.compile("I18n\\.(?:get|format|text)\\(\\s*\"([^\"]+)\"");
    private static final Pattern DOTTED = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    private static final Set<String> NOT_KEYS = Set.of("com.ssprviewer.ui.messages", "os.name", "user.home",
            "about.properties");

    @Test
    void theScanSeesKeysPassedThroughHelpers() throws IOException {
        Set<String> used = usedKeys();

        assertTrue(used.contains("menu.file.exit"), "a key passed to a menu helper");
        assertTrue(used.contains("nav.imports"), "a key held by an enum constant");
        assertTrue(used.contains("status.failed"), "a key passed to I18n.format");
    }

    @Test
    void everyKeyUsedInTheCodeIsInBothBundles() throws IOException {
        Set<String> used = usedKeys();
        assertTrue(used.size() > 30, "the scan found only " + used);
        for (String file : new String[] {"messages.properties", "messages_sv.properties"}) {
            Properties texts = MessageBundlesTest.load(file);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(texts.stringPropertyNames());
            assertEquals(Set.of(), missing, "keys used in src/main/java but missing in " + file);
        }
    }

    static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES_UI)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> collect(read(file), keys));
        }
        return keys;
    }

    private static void collect(String source, Set<String> keys) {
        Matcher call = I18N_CALL.matcher(source);
        while (call.find()) {
            keys.add(call.group(1));
        }
        Matcher dotted = DOTTED.matcher(source);
        while (dotted.find()) {
            if (!NOT_KEYS.contains(dotted.group(1))) {
                keys.add(dotted.group(1));
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
