package com.ssprviewer.store.schema;

import com.ssprviewer.model.Status;
import com.ssprviewer.model.StoredCode;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SortField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code value_counts} table: per few-valued text column of the events and the attempts, each value with the
 * number of rows carrying it. An import counts in memory (an attempt it rewrites leaves its old values and takes its
 * new ones) and adds its counts in its final transaction, so they always match the visible rows; lists sorted by
 * these columns walk the values in order and pass over whole values by their counts.
 */
public final class ValueCounts {

    /** The columns counted: their sort field (and so their list) and code in the table. */
    public enum Field implements StoredCode<Integer> {
        SERVICE(EventSort.SERVICE, 1),
        CATEGORY(EventSort.CATEGORY, 2),
        ACTIVITY(EventSort.ACTIVITY, 3),
        STATUS(EventSort.STATUS, 4),
        REASON(EventSort.REASON, 5),
        RESULT(AttemptSort.RESULT, 6),
        METHODS(AttemptSort.METHODS, 7),
        DETAILS(AttemptSort.DETAILS, 8);

        public final ListKind list;
        public final SortField sortField;
        final int code;

        Field(SortField sortField, int code) {
            this.list = sortField.list();
            this.sortField = sortField;
            this.code = code;
        }

        @Override
        public Integer code() {
            return code;
        }

        /** The counted field of a sort field, or null. */
        public static Field of(SortField sortField) {
            for (Field f : values()) {
                if (f.sortField == sortField) {
                    return f;
                }
            }
            return null;
        }
    }

    /** One value of a field and the number of visible rows carrying it. */
    public record Counted(String value, long rows) {
    }

    private final Map<Field, Map<String, long[]>> counts = new EnumMap<>(Field.class);
    private final TextValues texts = new TextValues();

    public ValueCounts() {
        for (Field f : EnumSet.allOf(Field.class)) {
            counts.put(f, new HashMap<>());
        }
    }

    /**
     * Counts one stored event, given its few-valued columns in {@link Field} order and its many-valued ones
     * ({@link TextValues}).
     */
    public void add(String service, String category, String activity, String status, String reason, String target,
                    String ip, String initiatedBy) {
        texts.add(target, ip, initiatedBy, 1);
        count(Field.SERVICE, service);
        count(Field.CATEGORY, category);
        count(Field.ACTIVITY, activity);
        count(Field.STATUS, status);
        count(Field.REASON, reason);
    }

    /** Counts a stored attempt ({@code +1}) or takes back the values of one being rewritten ({@code -1}). */
    public void attempt(String outcome, String methods, String details, int sign) {
        count(Field.RESULT, outcome, sign);
        count(Field.METHODS, methods, sign);
        count(Field.DETAILS, details, sign);
    }

    /** Takes {@code rows} removed events with these values out of the counts. */
    public void removeEvents(String service, String category, String activity, String status, String reason,
                             String target, String ip, String initiatedBy, long rows) {
        texts.add(target, ip, initiatedBy, -rows);
        count(Field.SERVICE, service, -rows);
        count(Field.CATEGORY, category, -rows);
        count(Field.ACTIVITY, activity, -rows);
        count(Field.STATUS, status, -rows);
        count(Field.REASON, reason, -rows);
    }

    /** Takes {@code rows} removed attempts with these values out of the counts. */
    public void removeAttempts(String outcome, String methods, String details, long rows) {
        count(Field.RESULT, outcome, -rows);
        count(Field.METHODS, methods, -rows);
        count(Field.DETAILS, details, -rows);
    }

    private void count(Field f, String value) {
        count(f, value, 1);
    }

    private void count(Field f, String value, long sign) {
        counts.get(f).computeIfAbsent(value, v -> new long[1])[0] += sign;
    }

    /** Adds this import's counts to the tables (the caller commits). */
    public void write(Connection c) throws SQLException {
        texts.write(c);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE value_counts SET row_count = row_count + ? WHERE field = ? AND text_value = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO value_counts (field, text_value, row_count) VALUES (?, ?, ?)")) {
            for (Map.Entry<Field, Map<String, long[]>> f : counts.entrySet()) {
                for (Map.Entry<String, long[]> v : f.getValue().entrySet()) {
                    if (v.getValue()[0] == 0) {
                        continue;
                    }
                    update.setLong(1, v.getValue()[0]);
                    update.setInt(2, f.getKey().code());
                    update.setString(3, v.getKey());
                    if (update.executeUpdate() == 0) {
                        insert.setInt(1, f.getKey().code());
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
    public static Long count(Connection c, EventFilter f) throws SQLException {
        EventFilter rest = f.toBuilder().services(Set.of()).categories(Set.of()).activities(Set.of())
                .statuses(Set.of()).build();
        Map<Field, Set<String>> chosen = new EnumMap<>(Field.class);
        put(chosen, Field.SERVICE, f.services());
        put(chosen, Field.CATEGORY, f.categories());
        put(chosen, Field.ACTIVITY, f.activities());
        put(chosen, Field.STATUS, f.statuses().stream().map(Status::code).collect(Collectors.toSet()));
        if (!rest.equals(EventFilter.NONE) || chosen.size() != 1) {
            return null;
        }
        Map.Entry<Field, Set<String>> only = chosen.entrySet().iterator().next();
        String marks = String.join(", ", java.util.Collections.nCopies(only.getValue().size(), "?"));
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(SUM(row_count), 0) FROM value_counts"
                + " WHERE field = ? AND text_value IN (" + marks + ")")) {
            p.setInt(1, only.getKey().code());
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

    /** The values of a field that some row carries, with their counts, in the list's order. */
    public static List<Counted> values(Connection c, Field f, boolean descending) throws SQLException {
        List<Counted> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT text_value, row_count FROM value_counts"
                + " WHERE field = ? AND row_count > 0 ORDER BY text_value" + (descending ? " DESC" : " ASC"))) {
            p.setInt(1, f.code());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Counted(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return out;
    }
}
