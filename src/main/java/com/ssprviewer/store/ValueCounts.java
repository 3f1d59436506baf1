package com.ssprviewer.store;

import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code event_values} table: per few-valued text column, each value with the number of events carrying it.
 * An import counts in memory and adds its counts in its final transaction; lists sorted by these columns walk the
 * values in order ({@link ValueWalk}).
 */
final class ValueCounts {

    /** The columns counted, with their code in the table. */
    enum Field {
        SERVICE("service", 1),
        CATEGORY("category", 2),
        ACTIVITY("activity", 3),
        STATUS("status", 4),
        REASON("reason", 5);

        final String column;
        final int code;

        Field(String column, int code) {
            this.column = column;
            this.code = code;
        }

        /** The field of a sort name, or null. */
        static Field of(String sortField) {
            for (Field f : values()) {
                if (f.column.equals(sortField)) {
                    return f;
                }
            }
            return null;
        }
    }

    private final Map<Field, Map<String, long[]>> counts = new EnumMap<>(Field.class);

    ValueCounts() {
        for (Field f : Field.values()) {
            counts.put(f, new HashMap<>());
        }
    }

    /** Counts one stored event, given its column values in {@link Field} order. */
    void add(String service, String category, String activity, String status, String reason) {
        count(Field.SERVICE, service);
        count(Field.CATEGORY, category);
        count(Field.ACTIVITY, activity);
        count(Field.STATUS, status);
        count(Field.REASON, reason);
    }

    private void count(Field f, String value) {
        counts.get(f).computeIfAbsent(value, v -> new long[1])[0]++;
    }

    /** Adds this import's counts to the table (the caller commits). */
    void write(Connection c) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE event_values SET events = events + ? WHERE field = ? AND text_value = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO event_values (field, text_value, events) VALUES (?, ?, ?)")) {
            for (Map.Entry<Field, Map<String, long[]>> f : counts.entrySet()) {
                for (Map.Entry<String, long[]> v : f.getValue().entrySet()) {
                    update.setLong(1, v.getValue()[0]);
                    update.setInt(2, f.getKey().code);
                    update.setString(3, v.getKey());
                    if (update.executeUpdate() == 0) {
                        insert.setInt(1, f.getKey().code);
                        insert.setString(2, v.getKey());
                        insert.setLong(3, v.getValue()[0]);
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    /**
     * The number of events matching a filter that selects values of one counted column and nothing else, read from
     * the counts; null for any other filter (the caller counts rows).
     */
    static Long count(Connection c, EventFilter f) throws SQLException {
        EventFilter rest = f.toBuilder().services(Set.of()).categories(Set.of()).activities(Set.of())
                .statuses(Set.of()).build();
        Map<Field, Set<String>> chosen = new EnumMap<>(Field.class);
        put(chosen, Field.SERVICE, f.services());
        put(chosen, Field.CATEGORY, f.categories());
        put(chosen, Field.ACTIVITY, f.activities());
        put(chosen, Field.STATUS, f.statuses().stream().map(Status::label).collect(Collectors.toSet()));
        if (!rest.equals(EventFilter.NONE) || chosen.size() != 1) {
            return null;
        }
        Map.Entry<Field, Set<String>> only = chosen.entrySet().iterator().next();
        String marks = String.join(", ", java.util.Collections.nCopies(only.getValue().size(), "?"));
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(SUM(events), 0) FROM event_values"
                + " WHERE field = ? AND text_value IN (" + marks + ")")) {
            p.setInt(1, only.getKey().code);
            int i = 2;
            for (String value : only.getValue()) {
                p.setString(i++, value);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void put(Map<Field, Set<String>> chosen, Field f, Set<String> values) {
        if (!values.isEmpty()) {
            chosen.put(f, values);
        }
    }

    /** The values of a field that some event carries, in the list's order. */
    static List<String> values(Connection c, Field f, boolean descending) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT text_value FROM event_values"
                + " WHERE field = ? AND events > 0 ORDER BY text_value" + (descending ? " DESC" : " ASC"))) {
            p.setInt(1, f.code);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
