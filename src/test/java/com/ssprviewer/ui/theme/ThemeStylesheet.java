package com.ssprviewer.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet of the window read as its rules and colour tokens, so tests can hold the colours the window shows
 * without a screen: the light tokens on {@code .root}, the dark ones with {@code .root.dark} laid over them.
 */
final class ThemeStylesheet {

    static final String APP = "/com/ssprviewer/ui/app.css";
    static final String OVERVIEW = "/com/ssprviewer/ui/overview/overview.css";

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Map<String, Map<String, String>> rules = new HashMap<>();

    private ThemeStylesheet(String css) {
        Matcher m = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : m.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).strip(),
                            declaration.substring(colon + 1).strip());
                }
            }
            for (String selector : m.group(1).split(",")) {
                rules.computeIfAbsent(selector.strip().replaceAll("\\s+", " "), s -> new LinkedHashMap<>())
                        .putAll(declarations);
            }
        }
    }

    static ThemeStylesheet read(String resource) {
        try (InputStream in = ThemeStylesheet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No stylesheet " + resource);
            }
            return new ThemeStylesheet(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The declarations of one selector exactly as written (whitespace aside), or an empty map. */
    Map<String, String> rule(String selector) {
        return rules.getOrDefault(selector, Map.of());
    }

    /** The value of {@code property} in the rule for {@code selector}; fails when the stylesheet has none. */
    String value(String selector, String property) {
        String value = rule(selector).get(property);
        if (value == null) {
            throw new AssertionError("The stylesheet sets no " + property + " for " + selector);
        }
        return value;
    }

    /** The colour tokens of a theme: the {@code .root} ones, with {@code .root.dark} over them for dark. */
    Map<String, String> tokens(boolean dark) {
        Map<String, String> tokens = new HashMap<>();
        rule(".root").forEach((k, v) -> putToken(tokens, k, v));
        if (dark) {
            rule(".root.dark").forEach((k, v) -> putToken(tokens, k, v));
        }
        return tokens;
    }

    private static void putToken(Map<String, String> tokens, String name, String value) {
        if (name.startsWith("-color-") && HEX.matcher(value).matches()) {
            tokens.put(name, value.toUpperCase(Locale.ROOT));
        }
    }

    /** A token's colour as {@code #RRGGBB} in a theme; fails when the theme has no such token. */
    String token(String name, boolean dark) {
        String hex = tokens(dark).get(name);
        if (hex == null) {
            throw new AssertionError("The " + (dark ? "dark" : "light") + " theme has no colour token " + name);
        }
        return hex;
    }

    /** The colour a rule's property comes to in a theme: a token, or a colour written out. */
    String colour(String selector, String property, boolean dark) {
        String value = value(selector, property);
        if (HEX.matcher(value).matches()) {
            return value.toUpperCase(Locale.ROOT);
        }
        if (value.startsWith("-color-")) {
            return token(value, dark);
        }
        throw new AssertionError(selector + " sets " + property + " to " + value
                + ", which is neither a colour token nor #rrggbb, so its contrast cannot be known");
    }

    /** The WCAG 2 contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
