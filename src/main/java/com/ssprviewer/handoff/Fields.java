package com.ssprviewer.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of an inbox file: a first line naming what it is, then one {@code key=value} line per field, values with
 * backslash, line feed and carriage return escaped. Read as hostile input: a wrong first line, an unknown key, too many
 * lines or a line too long refuse the whole file.
 */
final class Fields {

    /** One field as read. */
    record Field(String key, String value) {
    }

    private Fields() {
    }

    static String write(String header, List<Field> fields) {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (Field f : fields) {
            sb.append(f.key()).append('=').append(escape(f.value())).append('\n');
        }
        return sb.toString();
    }

    static List<Field> read(String text, String header, Set<String> keys, int maxLines, int maxValue)
            throws InvalidInboxFile {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(header) || !lines[lines.length - 1].isEmpty()) {
            throw new InvalidInboxFile("it is not a complete " + header);
        }
        if (lines.length - 2 > maxLines) {
            throw new InvalidInboxFile("it has more than " + maxLines + " lines");
        }
        List<Field> fields = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            int eq = lines[i].indexOf('=');
            String key = eq < 0 ? lines[i] : lines[i].substring(0, eq);
            if (eq < 0 || !keys.contains(key)) {
                throw new InvalidInboxFile("its line " + (i + 1) + " is not a field it may have");
            }
            String value = unescape(lines[i].substring(eq + 1));
            if (value.length() > maxValue || value.indexOf('\0') >= 0) {
                throw new InvalidInboxFile("its line " + (i + 1) + " is too long or holds a NUL character");
            }
            fields.add(new Field(key, value));
        }
        return fields;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) throws InvalidInboxFile {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char next = ++i < value.length() ? value.charAt(i) : '?';
            if (next == 'n') {
                sb.append('\n');
            } else if (next == 'r') {
                sb.append('\r');
            } else if (next == '\\') {
                sb.append('\\');
            } else {
                throw new InvalidInboxFile("it holds an unknown escape");
            }
        }
        return sb.toString();
    }

    /** One value of a field that may appear at most once; null when absent. */
    static String single(List<Field> fields, String key) throws InvalidInboxFile {
        String found = null;
        for (Field f : fields) {
            if (f.key().equals(key)) {
                if (found != null) {
                    throw new InvalidInboxFile("it names " + key + " twice");
                }
                found = f.value();
            }
        }
        return found;
    }

    /** Every value of a repeatable field, in order. */
    static List<String> all(List<Field> fields, String key) {
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            if (f.key().equals(key)) {
                out.add(f.value());
            }
        }
        return out;
    }
}
