package com.ssprviewer.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where each known column sits in one file's header. Readers look columns up by canonical name, never by position:
 * older exports lack some columns and the order is not guaranteed.
 */
final class Columns {

    private final Map<String, Integer> index = new HashMap<>();

    private Columns() {
    }

    /** The header's columns, named by {@code headerNames} (the canonical name, or null for a column not read). */
    static Columns of(String[] header, int size, UnaryOperator<String> headerNames) {
        Columns c = new Columns();
        for (int i = 0; i < size; i++) {
            String canonical = headerNames.apply(header[i]);
            if (canonical != null) {
                c.index.putIfAbsent(canonical, i);
            }
        }
        return c;
    }

    boolean has(String canonical) {
        return index.containsKey(canonical);
    }

    /** The column's position, or -1 when the file has no such column. */
    int indexOf(String canonical) {
        return index.getOrDefault(canonical, -1);
    }
}
