package com.ssprviewer.store.schema;

import com.ssprviewer.store.api.SnapshotList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Keeps each snapshot's members per method and its lists ({@code snapshot_methods}, {@code snapshot_lists}), so
 * coverage reads a few rows instead of every user of two snapshots. A list is kept whole as its members' user
 * principal names, sorted and deflated, named as the store knows them when the list is written (the snapshot's own
 * names when snapshots arrive in order). A snapshot's changes are against the snapshot before it, so writing a day
 * rewrites the next snapshot's lists too: a month imported late slots in between.
 */
public final class SnapshotLists {

    private SnapshotLists() {
    }

    /** Rewrites the lists of {@code day} and of the snapshot after it, in the caller's transaction. */
    public static void writeAround(Connection c, int day) throws SQLException {
        Map<Integer, RegState> states = RegState.readAll(c);
        write(c, day, states);
        Integer next = neighbour(c, "SELECT MIN(snap_day) FROM reg_snapshots WHERE snap_day > ?", day);
        if (next != null) {
            write(c, next, states);
        }
    }

    /** Rewrites every snapshot's lists (a store whose snapshots were imported before the lists were kept). */
    static void writeAll(Connection c) throws SQLException {
        Map<Integer, RegState> states = RegState.readAll(c);
        List<Integer> days = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT snap_day FROM reg_snapshots ORDER BY snap_day")) {
            while (rs.next()) {
                days.add(rs.getInt(1));
            }
        }
        for (int day : days) {
            write(c, day, states);
        }
    }

    private static void write(Connection c, int day, Map<Integer, RegState> states) throws SQLException {
        Integer previous = neighbour(c, "SELECT MAX(snap_day) FROM reg_snapshots WHERE snap_day < ?", day);
        Census now = Census.read(c, day, states);
        Map<SnapshotList, Set<Integer>> lists = new EnumMap<>(SnapshotList.class);
        ListSink sink = (list, person) -> lists.computeIfAbsent(list, l -> new HashSet<>()).add(person);
        long[] perMethod = now.tally(sink);
        if (previous != null) {
            Census.compare(Census.read(c, previous, states), now, sink);
        }
        for (String table : new String[] {"snapshot_methods", "snapshot_lists"}) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE snap_day = ?")) {
                p.setInt(1, day);
                p.executeUpdate();
            }
        }
        methods(c, day, perMethod);
        Map<Integer, String> names = names(c, lists);
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO snapshot_lists (snap_day, list_code, members, names) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<SnapshotList, Set<Integer>> list : lists.entrySet()) {
                TreeSet<String> sorted = new TreeSet<>();
                list.getValue().forEach(person -> sorted.add(names.get(person)));
                p.setInt(1, day);
                p.setInt(2, list.getKey().code());
                p.setInt(3, sorted.size());
                p.setBytes(4, deflate(String.join("\n", sorted)));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The user principal names of a kept list, in alphabetical order. */
    public static List<String> names(byte[] kept) throws SQLException {
        String text = inflate(kept);
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    private static Map<Integer, String> names(Connection c, Map<SnapshotList, Set<Integer>> lists)
            throws SQLException {
        Set<Integer> listed = new HashSet<>();
        lists.values().forEach(listed::addAll);
        Map<Integer, String> names = new HashMap<>();
        if (listed.isEmpty()) {
            return names;
        }
        // One pass over the people: quicker than a look-up each when tens of thousands are listed.
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, upn FROM reg_users")) {
            while (rs.next()) {
                if (listed.contains(rs.getInt(1))) {
                    names.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return names;
    }

    private static void methods(Connection c, int day, long[] perMethod) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO snapshot_methods (snap_day, method_ref, members) VALUES (?, ?, ?)")) {
            for (int bit = 0; bit < perMethod.length; bit++) {
                if (perMethod[bit] > 0) {
                    p.setInt(1, day);
                    p.setInt(2, bit + 1);
                    p.setLong(3, perMethod[bit]);
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static Integer neighbour(Connection c, String sql, int day) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, day);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                int found = rs.getInt(1);
                return rs.wasNull() ? null : found;
            }
        }
    }

    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String inflate(byte[] kept) throws SQLException {
        Inflater inflater = new Inflater();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(kept.length * 4)) {
            inflater.setInput(kept);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SQLException("a kept snapshot list is damaged");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException | IOException e) {
            throw new SQLException("a kept snapshot list is damaged", e);
        } finally {
            inflater.end();
        }
    }

    /** Where a list's members go. */
    interface ListSink {
        void add(SnapshotList list, int person);
    }
}
