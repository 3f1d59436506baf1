package com.ssprviewer.store.query;

/**
 * A sort order over one column of a list, always made total by the row id (same direction).
 *
 * @param field      the column; one of the list's {@link ListKind} fields
 * @param descending true for newest / largest first
 */
public record Sort(String field, boolean descending) {

    /** Reads {@code FIELD} or {@code FIELD:desc} / {@code FIELD:asc} (case-insensitive). */
    public static Sort parse(String text) {
        String[] parts = text.strip().split(":", 2);
        boolean desc = parts.length == 2 && parts[1].strip().equalsIgnoreCase("desc");
        if (parts.length == 2 && !desc && !parts[1].strip().equalsIgnoreCase("asc")) {
            throw new IllegalArgumentException("sort direction must be asc or desc: " + text);
        }
        return new Sort(parts[0].strip().toLowerCase(java.util.Locale.ROOT), desc);
    }
}
