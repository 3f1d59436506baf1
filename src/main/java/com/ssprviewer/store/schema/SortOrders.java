package com.ssprviewer.store.schema;

import com.ssprviewer.model.StoredCode;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.SortField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The {@code event_order} key: every event once per high-cardinality sort field, in (text, time, id) order, so the
 * first page of "sorted by target" reads 100 keys instead of sorting a million events. An index maintained row by row
 * would cost the import a random page write per event; this key is extended after the import instead, a slice of
 * events at a time, each slice sorted in memory and inserted in key order. Events from {@link #covered} up are not in
 * it yet; reads sort in full until it catches up.
 */
public final class SortOrders {

    /** The sort fields served, with their code in the key (stored: never change or reuse one) and their column. */
    public enum Field implements StoredCode<Integer> {
        TARGET(EventSort.TARGET, 1, "target"),
        IP(EventSort.IP, 2, "ip"),
        INITIATED_BY(EventSort.INITIATED_BY, 3, "initiated_by");

        final SortField sortField;
        private final int code;
        final String column;

        Field(SortField sortField, int code, String column) {
            this.sortField = sortField;
            this.code = code;
            this.column = column;
        }

        @Override
        public Integer code() {
            return code;
        }

        /** The events column the field sorts by. */
        public String column() {
            return column;
        }

        /** The key's field for a sort field, or null when the key does not serve it. */
        public static Field of(SortField sortField) {
            for (Field f : values()) {
                if (f.sortField == sortField) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * Events read, sorted and written per slice: about 40 MB of heap at most, and a first import of up to a million
     * events becomes pure appends to the key.
     */
    static final int SLICE = 1_000_000;

    /** The position bits of a packed entry: 20 bits hold {@link #SLICE}. */
    private static final long POSITION = (1L << 20) - 1;

    private SortOrders() {
    }

    /** Events with an id below this are in the key. */
    public static long covered(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT covered FROM event_order_state WHERE id = 1");
             ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** True when the key holds every event a reader may see now (those of a running import are not visible). */
    public static boolean complete(Connection c, Visible v) throws SQLException {
        return covered(c) >= visibleLimit(c, v);
    }

    /** The id below which every event is visible to readers. */
    public static long visibleLimit(Connection c, Visible v) throws SQLException {
        if (!v.everything()) {
            return v.eventLimit();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT MAX(id) FROM events");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    /**
     * Adds the events from {@link #covered} up to (not including) {@code limit}, slice by slice, committing every
     * {@link Database#COMMIT_ROWS} entries and moving the watermark once a slice is whole. When asked to stop, the
     * slice under way is left cut short: its entries are removed by the next extension before it starts again.
     * Returns the events added.
     */
    public static long extend(Connection c, long limit, BooleanSupplier stop) throws SQLException {
        return extend(c, limit, stop, Database.COMMIT_ROWS);
    }

    /** {@link #extend(Connection, long, BooleanSupplier)} with another commit size (tests cut slices short). */
    public static long extend(Connection c, long limit, BooleanSupplier stop, int commitEvery) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        long added = 0;
        try {
            dropCutShort(c);
            long from = covered(c);
            while (from < limit && !stop.getAsBoolean()) {
                long to = Math.min(limit, from + SLICE);
                state(c, "writing = ?", to);
                c.commit();
                if (!slice(c, from, to, stop, commitEvery)) {
                    break;
                }
                state(c, "covered = ?, writing = 0", to);
                c.commit();
                added += to - from;
                from = to;
            }
            return added;
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }

    /** Removes the entries of a slice cut short (all above the watermark), so it can be written again. */
    private static void dropCutShort(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT writing FROM event_order_state WHERE id = 1");
             ResultSet rs = p.executeQuery()) {
            if (!rs.next() || rs.getLong(1) == 0) {
                return;
            }
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM event_order WHERE id >= ?")) {
            p.setLong(1, covered(c));
            p.executeUpdate();
        }
        state(c, "writing = 0", null);
        c.commit();
    }

    private static void state(Connection c, String assignments, Long value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE event_order_state SET " + assignments + " WHERE id = 1")) {
            if (value != null) {
                p.setLong(1, value);
            }
            p.executeUpdate();
        }
    }

    /** Forgets events from {@code firstId} up (an import removed again); normally none are in the key. */
    static void forgetFrom(Connection c, long firstId) throws SQLException {
        if (covered(c) <= firstId) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM event_order WHERE id >= ?");
             PreparedStatement s = c.prepareStatement("UPDATE event_order_state SET covered = ? WHERE id = 1")) {
            p.setLong(1, firstId);
            p.executeUpdate();
            s.setLong(1, firstId);
            s.executeUpdate();
        }
    }

    /** Adds one slice; false when asked to stop on the way (what is committed stays, above the watermark). */
    private static boolean slice(Connection c, long from, long to, BooleanSupplier stop, int commitEvery)
            throws SQLException {
        int n = 0;
        long[] ids = new long[(int) Math.min(SLICE, to - from)];
        long[] times = new long[ids.length];
        List<Field> fields = List.copyOf(EnumSet.allOf(Field.class));
        String[][] values = new String[fields.size()][ids.length];
        Map<String, String> shared = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, ts, target, ip, initiated_by FROM events"
                + " WHERE id >= ? AND id < ? ORDER BY id")) {
            p.setLong(1, from);
            p.setLong(2, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids[n] = rs.getLong(1);
                    times[n] = rs.getLong(2);
                    for (int k = 0; k < fields.size(); k++) {
                        values[k][n] = shared.computeIfAbsent(rs.getString(fields.get(k).column), v -> v);
                    }
                    n++;
                }
            }
        }
        Slice slice = new Slice(ids, times, timeRanks(times, n), n);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO event_order (field, sort_value, ts, id) VALUES (?, ?, ?, ?)")) {
            for (int k = 0; k < fields.size(); k++) {
                if (stop.getAsBoolean() || !write(c, insert, fields.get(k), slice, values[k], stop, commitEvery)) {
                    c.rollback();
                    return false;
                }
            }
        }
        return true;
    }

    /** The events of one slice in id order: their ids, times and the rank of each time among the slice's. */
    private record Slice(long[] ids, long[] times, int[] timeRanks, int n) {
    }

    /** Each event's rank among the slice's distinct times (equal times share one), so the key sorts as longs. */
    private static int[] timeRanks(long[] times, int n) {
        long[] distinct = Arrays.stream(times, 0, n).sorted().distinct().toArray();
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = Arrays.binarySearch(distinct, times[i]);
        }
        return ranks;
    }

    /**
     * Inserts one field's entries in key order (values and times ranked once, then (value rank, time rank, position)
     * sorted as longs: 20 bits each, as a slice holds at most {@link #SLICE} events and positions follow the ids),
     * committing every {@code commitEvery}; false when asked to stop.
     */
    private static boolean write(Connection c, PreparedStatement insert, Field f, Slice slice, String[] values,
                                 BooleanSupplier stop, int commitEvery) throws SQLException {
        int n = slice.n();
        String[] distinct = Arrays.stream(values, 0, n).distinct().sorted().toArray(String[]::new);
        Map<String, Integer> rank = new HashMap<>(distinct.length * 2);
        for (int r = 0; r < distinct.length; r++) {
            rank.put(distinct[r], r);
        }
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) rank.get(values[i]) << 40) | ((long) slice.timeRanks()[i] << 20) | i;
        }
        Arrays.sort(order);
        int pending = 0;
        for (long key : order) {
            int i = (int) (key & POSITION);
            insert.setInt(1, f.code());
            insert.setString(2, values[i]);
            insert.setLong(3, slice.times()[i]);
            insert.setLong(4, slice.ids()[i]);
            insert.addBatch();
            if (++pending % commitEvery == 0) {
                insert.executeBatch();
                c.commit();
                if (stop.getAsBoolean()) {
                    return false;
                }
            }
        }
        insert.executeBatch();
        c.commit();
        return true;
    }
}
