package com.ssprviewer.model;

import java.util.Locale;

/** Small text rules shared by the model: blank handling and the case-insensitive user identity. */
public final class Text {

    private Text() {
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The value trimmed, or null when it is null or blank. */
    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!isBlank(v)) {
                return v.strip();
            }
        }
        return null;
    }

    /** Users compare case-insensitively and are reported in lower case. */
    public static String userKey(String user) {
        String t = trimToNull(user);
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }
}
