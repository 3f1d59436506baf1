package com.ssprviewer.store.paging;

import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.api.SnapshotCensus;
import com.ssprviewer.store.api.SnapshotState;
import com.ssprviewer.store.api.SnapshotTotals;
import com.ssprviewer.store.api.SnapshotUser;
import com.ssprviewer.store.schema.RegMethods;
import com.ssprviewer.store.schema.RegState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** The day's snapshot as each person's state id, with every state: two narrow reads, no join. */
    public static SnapshotCensus census(Connection c, LocalDate day) throws SQLException {
        RegMethods dictionary = RegMethods.read(c);
        Map<Integer, UserRegistration> states = new HashMap<>();
        RegState.readAll(c).forEach((id, state) -> states.put(id, state.registration(null, "", null, dictionary)));
        Map<Integer, Integer> persons = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT user_ref, state_ref FROM snapshot_users WHERE snap_day = ?")) {
            p.setInt(1, (int) day.toEpochDay());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    persons.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        return new SnapshotCensus(day, persons, states);
    }

    /** The user principal names the store holds for {@code persons} (their newest snapshot's). */
    public static Map<Integer, String> names(Connection c, Set<Integer> persons) throws SQLException {
        Map<Integer, String> out = new HashMap<>();
        if (persons.isEmpty()) {
            return out;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, upn FROM reg_users")) {
            while (rs.next()) {
                if (persons.contains(rs.getInt(1))) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return out;
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

    /**
     * One person's state in every snapshot that lists them, oldest first: the person whose object id is given, or
     * whose user principal name matches ignoring case.
     */
    public static List<SnapshotState> userStates(Connection c, String upn, String objectId) throws SQLException {
        List<SnapshotState> out = new ArrayList<>();
        if ((upn == null || upn.isBlank()) && (objectId == null || objectId.isBlank())) {
            return out;
        }
        RegMethods dictionary = RegMethods.read(c);
        Map<Integer, RegState> states = RegState.readAll(c);
        try (PreparedStatement p = c.prepareStatement("SELECT u.snap_day, r.object_id, r.upn, r.display_name,"
                + " u.state_ref FROM snapshot_users u JOIN reg_users r ON r.id = u.user_ref"
                + " WHERE r.upn_key = ? OR LOWER(r.object_id) = ? ORDER BY u.snap_day, r.id")) {
            p.setString(1, upn == null ? "" : upn.trim().toLowerCase(Locale.ROOT));
            p.setString(2, objectId == null ? "" : objectId.trim().toLowerCase(Locale.ROOT));
            try (ResultSet rs = p.executeQuery()) {
                LocalDate last = null;
                while (rs.next()) {
                    LocalDate day = LocalDate.ofEpochDay(rs.getInt(1));
                    if (!day.equals(last)) {
                        RegState state = states.get(rs.getInt(5));
                        out.add(new SnapshotState(day, state.registration(rs.getString(2), rs.getString(3),
                                rs.getString(4), dictionary)));
                        last = day;
                    }
                }
            }
        }
        return out;
    }
}
