package com.ssprviewer.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An exported property value as a person reads it. Audit records carry values as JSON text ({@code "\"2\""},
 * {@code "[\"Email\",\"Mobile phone\"]"}); a JSON string loses its quotes and escapes, a list of plain values becomes
 * "a, b". Anything else (a number, an object, text that is not JSON) is shown as exported.
 */
final class ReadableValue {

    private ReadableValue() {
    }

    static String of(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        if (s.length() >= 2 && s.startsWith("[") && s.endsWith("]")) {
            List<String> items = items(s.substring(1, s.length() - 1));
            return items == null ? raw : String.join(", ", items);
        }
        String text = string(s);
        return text == null ? raw : text;
    }

    /** The items of a list's inside, each a JSON string or a bare value; null when it is not that simple. */
    private static List<String> items(String inside) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < inside.length()) {
            while (i < inside.length() && Character.isWhitespace(inside.charAt(i))) {
                i++;
            }
            if (i == inside.length()) {
                break;
            }
            int end = inside.charAt(i) == '"' ? closingQuote(inside, i) + 1 : inside.indexOf(',', i);
            if (end == 0) {
                return null;
            }
            end = end < 0 ? inside.length() : end;
            String item = inside.substring(i, end).strip();
            if (item.startsWith("{") || item.startsWith("[")) {
                return null;
            }
            String text = string(item);
            out.add(text == null ? item : text);
            i = end;
            while (i < inside.length() && Character.isWhitespace(inside.charAt(i))) {
                i++;
            }
            if (i < inside.length() && inside.charAt(i) != ',') {
                return null;
            }
            i++;
        }
        return out;
    }

    /** The index of the quote closing the JSON string opened at {@code open}, or -1. */
    private static int closingQuote(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The text of a whole JSON string literal, unescaped; null when {@code s} is not exactly one. */
    private static String string(String s) {
        if (s.length() < 2 || s.charAt(0) != '"' || closingQuote(s, 0) != s.length() - 1) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= s.length() - 1 || !hex(s.substring(i + 1, i + 5))) {
                        return null;
                    }
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static boolean hex(String s) {
        return s.length() == 4 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
