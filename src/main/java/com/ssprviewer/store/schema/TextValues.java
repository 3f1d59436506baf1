package com.ssprviewer.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code text_values} table: the distinct values of the events' many-valued texts (the sort key's fields: target,
 * IP, initiated by), each with the number of visible events carrying it. A search matches a term against these
 * values before it touches an event. Counted like {@link ValueCounts}: in memory during an import (or a removal)
 * and written in its final transaction; a value no event carries any more leaves the table.
 */
public final class TextValues {

    /** One stored value and the number of visible events carrying it. */
    public record Match(String value, long rows) {
    }

    private final Map<SortOrders.Field, Map<String, long[]>> counts = new EnumMap<>(SortOrders.Field.class);

    TextValues() {
    }

    /** Counts {@code rows} events ({@code -rows} for removed ones) with these values. */
    void add(String target, String ip, String initiatedBy, long rows) {
        count(SortOrders.Field.TARGET, target, rows);
        count(SortOrders.Field.IP, ip, rows);
        count(SortOrders.Field.INITIATED_BY, initiatedBy, rows);
    }

    private void count(SortOrders.Field f, String value, long rows) {
        counts.computeIfAbsent(f, k -> new TreeMap<>()).computeIfAbsent(value, v -> new long[1])[0] += rows;
    }

    /**
     * Adds the counts to the table in key order (the caller commits): one MERGE per value, a value new to the store
     * inserted, a known one added to; values left without events are deleted.
     */
    void write(Connection c) throws SQLException {
        boolean removed = false;
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO text_values t USING (VALUES (CAST(? AS TINYINT),"
                + " CAST(? AS VARCHAR), CAST(? AS BIGINT))) s (f, v, n) ON t.field = s.f AND t.text_value = s.v"
                + " WHEN MATCHED THEN UPDATE SET row_count = t.row_count + s.n"
                + " WHEN NOT MATCHED THEN INSERT (field, text_value, row_count) VALUES (s.f, s.v, s.n)")) {
            int pending = 0;
            for (Map.Entry<SortOrders.Field, Map<String, long[]>> f : counts.entrySet()) {
                for (Map.Entry<String, long[]> v : f.getValue().entrySet()) {
                    long n = v.getValue()[0];
                    if (n == 0) {
                        continue;
                    }
                    removed |= n < 0;
                    merge.setInt(1, f.getKey().code());
                    merge.setString(2, v.getKey());
                    merge.setLong(3, n);
                    merge.addBatch();
                    if (++pending % 1000 == 0) {
                        merge.executeBatch();
                    }
                }
            }
            merge.executeBatch();
        }
        if (removed) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM text_values WHERE row_count <= 0")) {
                p.executeUpdate();
            }
        }
    }

    /** The number of values a field has (none is kept without events). */
    public static long count(Connection c, SortOrders.Field f) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM text_values WHERE field = ?")) {
            p.setInt(1, f.code());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The values of a field that contain {@code pattern} (an ILIKE pattern escaped with {@code \}), at most
     * {@code max} + 1 of them, so a caller can tell "more than max".
     */
    public static List<Match> matching(Connection c, SortOrders.Field f, String pattern, int max)
            throws SQLException {
        List<Match> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT text_value, row_count FROM text_values"
                + " WHERE field = ? AND text_value ILIKE ? ESCAPE '\\' LIMIT ?")) {
            p.setInt(1, f.code());
            p.setString(2, pattern);
            p.setInt(3, max + 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Match(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return out;
    }
}
