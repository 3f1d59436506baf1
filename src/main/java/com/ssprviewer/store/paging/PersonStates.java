package com.ssprviewer.store.paging;

import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.api.SnapshotState;
import com.ssprviewer.store.api.SnapshotTotals;
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
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads chosen people's states across every snapshot. Snapshot rows are keyed by day then person, so one person is
 * found by a look-up per snapshot, and many people by one pass over the narrow snapshot rows (a pass reads them far
 * quicker than a look-up each); names come only for the people asked about.
 */
public final class PersonStates {

    private PersonStates() {
    }

    /** Each named user's state in every snapshot that lists them, by user principal name in lower case. */
    public static Map<String, NavigableMap<LocalDate, UserRegistration>> of(Connection c, Set<String> upnKeys)
            throws SQLException {
        Map<String, NavigableMap<LocalDate, UserRegistration>> out = new HashMap<>();
        if (upnKeys.isEmpty()) {
            return out;
        }
        Map<Integer, String[]> people = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, upn_key, object_id, upn, display_name FROM reg_users")) {
            while (rs.next()) {
                if (upnKeys.contains(rs.getString(2))) {
                    people.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)});
                }
            }
        }
        if (people.isEmpty()) {
            return out;
        }
        RegMethods dictionary = RegMethods.read(c);
        Map<Integer, RegState> states = RegState.readAll(c);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT snap_day, user_ref, state_ref FROM snapshot_users")) {
            while (rs.next()) {
                String[] person = people.get(rs.getInt(2));
                if (person != null) {
                    out.computeIfAbsent(person[0], k -> new TreeMap<>()).putIfAbsent(
                            LocalDate.ofEpochDay(rs.getInt(1)), states.get(rs.getInt(3)).registration(person[1],
                                    person[2], person[3], dictionary));
                }
            }
        }
        return out;
    }

    /**
     * One person's state in every snapshot that lists them, oldest first: the person whose object id is given, or
     * whose user principal name matches ignoring case (the first stored of them where several match).
     */
    public static List<SnapshotState> ofUser(Connection c, String upn, String objectId) throws SQLException {
        List<SnapshotState> out = new ArrayList<>();
        if ((upn == null || upn.isBlank()) && (objectId == null || objectId.isBlank())) {
            return out;
        }
        Map<Integer, String[]> people = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, object_id, upn, display_name FROM reg_users"
                + " WHERE upn_key = ? OR LOWER(object_id) = ?")) {
            p.setString(1, upn == null ? "" : upn.trim().toLowerCase(Locale.ROOT));
            p.setString(2, objectId == null ? "" : objectId.trim().toLowerCase(Locale.ROOT));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    people.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        if (people.isEmpty()) {
            return out;
        }
        RegMethods dictionary = RegMethods.read(c);
        Map<Integer, RegState> states = RegState.readAll(c);
        try (PreparedStatement p = c.prepareStatement(
                "SELECT state_ref FROM snapshot_users WHERE snap_day = ? AND user_ref = ?")) {
            for (SnapshotTotals snapshot : Snapshots.totals(c)) {
                LocalDate day = snapshot.day();
                for (Map.Entry<Integer, String[]> person : people.entrySet()) {
                    p.setInt(1, (int) day.toEpochDay());
                    p.setInt(2, person.getKey());
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next()) {
                            String[] n = person.getValue();
                            out.add(new SnapshotState(day, states.get(rs.getInt(1)).registration(n[0], n[1], n[2],
                                    dictionary)));
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }
}
