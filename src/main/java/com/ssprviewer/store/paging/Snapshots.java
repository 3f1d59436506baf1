package com.ssprviewer.store.paging;

import com.ssprviewer.store.api.SnapshotFacts;
import com.ssprviewer.store.api.SnapshotList;
import com.ssprviewer.store.api.SnapshotTotals;
import com.ssprviewer.store.api.SnapshotUser;
import com.ssprviewer.store.schema.RegMethods;
import com.ssprviewer.store.schema.RegState;
import com.ssprviewer.store.schema.SnapshotLists;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads registration snapshots: their counts (one row each) and the users of one snapshot with their state. */
public final class Snapshots {

    private Snapshots() {
    }

    /** Every snapshot's counts, oldest first. */
    public static List<SnapshotTotals> totals(Connection c) throws SQLException {
        List<SnapshotTotals> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT snap_day, users, members, guests, sspr_registered, sspr_enabled,"
                     + " sspr_capable, mfa_registered, mfa_capable, passwordless_capable FROM reg_snapshots"
                     + " ORDER BY snap_day")) {
            while (rs.next()) {
                out.add(new SnapshotTotals(LocalDate.ofEpochDay(rs.getInt(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10)));
            }
        }
        return out;
    }

    /** What coverage shows of the day's snapshot beyond its counts, as its import kept it. */
    public static SnapshotFacts facts(Connection c, LocalDate day) throws SQLException {
        Map<String, Long> methods = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT m.name, s.members FROM snapshot_methods s"
                + " JOIN reg_methods m ON m.id = s.method_ref WHERE s.snap_day = ? ORDER BY s.members DESC, m.name")) {
            p.setInt(1, (int) day.toEpochDay());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    methods.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Map<SnapshotList, List<String>> lists = new EnumMap<>(SnapshotList.class);
        try (PreparedStatement p = c.prepareStatement(
                "SELECT list_code, names FROM snapshot_lists WHERE snap_day = ?")) {
            p.setInt(1, (int) day.toEpochDay());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    lists.put(SnapshotList.ofCode(rs.getInt(1)), SnapshotLists.names(rs.getBytes(2)));
                }
            }
        }
        return new SnapshotFacts(day, methods, lists);
    }

    /**
     * Every user of the day's snapshot, in no particular order: callers count or sort in memory, which is quicker
     * than sorting a whole snapshot joined with its people in SQL.
     */
    public static void forEachUser(Connection c, LocalDate day, Consumer<SnapshotUser> sink) throws SQLException {
        RegMethods dictionary = RegMethods.read(c);
        Map<Integer, RegState> states = RegState.readAll(c);
        try (PreparedStatement p = c.prepareStatement("SELECT r.id, r.object_id, r.upn, r.display_name, u.state_ref"
                + " FROM snapshot_users u JOIN reg_users r ON r.id = u.user_ref WHERE u.snap_day = ?")) {
            p.setInt(1, (int) day.toEpochDay());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    RegState state = states.get(rs.getInt(5));
                    sink.accept(new SnapshotUser(rs.getInt(1), state.registration(rs.getString(2), rs.getString(3),
                            rs.getString(4), dictionary)));
                }
            }
        }
    }
}
