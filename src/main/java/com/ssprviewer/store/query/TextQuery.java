package com.ssprviewer.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The free-text search as a person types it, parsed once: words are AND-ed; {@code "a phrase"} is one term with its
 * spaces; {@code -word} and {@code -"a phrase"} exclude; {@code field:value} and {@code field:"a value"} look in one
 * field only ({@link Field}); case never matters. Every term matches as "contains", except that a term shaped like a
 * GUID matches a correlation id whole. A {@code name:} that is no field is plain text ({@code foo:bar}, since a user
 * principal name or an address may hold a colon); an unclosed quote runs to the end; an empty term is dropped.
 */
public final class TextQuery {

    /** The search of nothing: every row matches. */
    public static final TextQuery NONE = new TextQuery(List.of());

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Where a term looks. What each field means per list is {@code FilterSql}'s (and the README's) to say. */
    public enum Field {
        /** Every searched column of the list. */
        ANY(""),
        USER("user"),
        TARGET("target"),
        IP("ip"),
        ACTIVITY("activity"),
        RESULT("result"),
        DETAILS("details");

        private final String prefix;

        Field(String prefix) {
            this.prefix = prefix;
        }

        /** The name typed before the colon ("" for {@link #ANY}). */
        public String prefix() {
            return prefix;
        }

        static Field named(String name) {
            for (Field f : values()) {
                if (f != ANY && f.prefix.equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * One term: the text to find (as typed, never blank), the field it looks in, and whether it excludes.
     *
     * @param excluded true for {@code -term}: rows matching it are left out
     */
    public record Term(Field field, String text, boolean excluded) {

        /** True when the text is a GUID, which a correlation id matches whole. */
        public boolean guid() {
            return GUID.matcher(text).matches();
        }

        /** The text in lower case, as matching compares it. */
        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private final List<Term> terms;

    private TextQuery(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** Parses what a person typed; null or blank is {@link #NONE}. Never fails: any text is some query. */
    public static TextQuery parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return NONE;
        }
        List<Term> out = new ArrayList<>();
        int i = 0;
        int n = typed.length();
        while (i < n) {
            if (Character.isWhitespace(typed.charAt(i))) {
                i++;
                continue;
            }
            boolean excluded = typed.charAt(i) == '-' && i + 1 < n && !Character.isWhitespace(typed.charAt(i + 1));
            int start = excluded ? i + 1 : i;
            Field field = Field.ANY;
            int colon = fieldEnd(typed, start);
            if (colon > 0) {
                field = Field.named(typed.substring(start, colon));
                start = colon + 1;
            }
            String text;
            if (start < n && typed.charAt(start) == '"') {
                int close = typed.indexOf('"', start + 1);
                int end = close < 0 ? n : close;
                text = typed.substring(start + 1, end);
                i = close < 0 ? n : close + 1;
            } else {
                int end = start;
                while (end < n && !Character.isWhitespace(typed.charAt(end))) {
                    end++;
                }
                text = typed.substring(start, end);
                i = end;
            }
            if (!text.isBlank()) {
                out.add(new Term(field, text.strip(), excluded));
            }
        }
        return new TextQuery(out);
    }

    /** The position of the colon after a known field name starting at {@code start}, or -1. */
    private static int fieldEnd(String typed, int start) {
        int colon = typed.indexOf(':', start);
        if (colon <= start) {
            return -1;
        }
        for (int k = start; k < colon; k++) {
            if (!Character.isLetter(typed.charAt(k))) {
                return -1;
            }
        }
        return Field.named(typed.substring(start, colon)) == null ? -1 : colon;
    }

    /** The terms, in the order typed. */
    public List<Term> terms() {
        return terms;
    }

    /** True when there is nothing to search for. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextQuery q && q.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    /** The query written back in its syntax, one way per meaning (fields in lower case, every term quoted). */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Term t : terms) {
            parts.add((t.excluded() ? "-" : "") + (t.field() == Field.ANY ? "" : t.field().prefix() + ":")
                    + "\"" + t.text() + "\"");
        }
        return String.join(" ", parts);
    }
}
