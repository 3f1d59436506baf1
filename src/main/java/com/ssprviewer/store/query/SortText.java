package com.ssprviewer.store.query;

import java.util.Locale;
import java.util.Optional;

/**
 * A sort as typed: {@code FIELD} or {@code FIELD:desc} / {@code FIELD:asc} (case-insensitive), read before it is
 * known which list it sorts, then turned into a {@link Sort} of one list.
 *
 * @param key        the field's name, lower case
 * @param descending true for {@code :desc}
 */
public record SortText(String key, boolean descending) {

    /** Reads the text; a direction other than asc or desc is an {@link IllegalArgumentException}. */
    public static SortText parse(String text) {
        String[] parts = text.strip().split(":", 2);
        boolean desc = parts.length == 2 && parts[1].strip().equalsIgnoreCase("desc");
        if (parts.length == 2 && !desc && !parts[1].strip().equalsIgnoreCase("asc")) {
            throw new IllegalArgumentException("sort direction must be asc or desc: " + text);
        }
        return new SortText(parts[0].strip().toLowerCase(Locale.ROOT), desc);
    }

    /** The sort of {@code kind}, or empty when the list has no field of this name. */
    public Optional<Sort> of(ListKind kind) {
        return kind.sortField(key).map(f -> new Sort(f, descending));
    }
}
