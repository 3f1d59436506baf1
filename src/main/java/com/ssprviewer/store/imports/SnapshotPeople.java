package com.ssprviewer.store.imports;

import com.ssprviewer.model.UserRegistration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people of registration snapshots ({@code reg_users}), found the way Entra tells users apart: by object id,
 * else by user principal name ignoring case (the admin center's download has no ids). A person first known by name
 * alone takes the object id of a later export that has one. Loaded once per import; writes go to the import's
 * transaction.
 */
final class SnapshotPeople implements AutoCloseable {

    private final Map<String, Integer> byObjectId = new HashMap<>();
    private final Map<String, Integer> byUpn = new HashMap<>();
    private final Set<Integer> withoutId = new HashSet<>();
    private final Map<Integer, String> names = new HashMap<>();
    private final Set<Integer> inNewerSnapshot = new HashSet<>();
    private final PreparedStatement insert;
    private final PreparedStatement rename;
    private int nextId = 1;

    private SnapshotPeople(PreparedStatement insert, PreparedStatement rename) {
        this.insert = insert;
        this.rename = rename;
    }

    /** The people the store knows, ready to import a snapshot of {@code day}. */
    static SnapshotPeople read(Connection c, int day) throws SQLException {
        SnapshotPeople people = new SnapshotPeople(c.prepareStatement("INSERT INTO reg_users (id, object_id, upn,"
                + " upn_key, display_name, named_day) VALUES (?, ?, ?, ?, ?, ?)"), c.prepareStatement(
                "UPDATE reg_users SET upn = ?, upn_key = ?, display_name = ?, named_day = ? WHERE id = ?"));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, object_id, upn_key, named_day, upn, display_name"
                     + " FROM reg_users ORDER BY named_day")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                String objectId = rs.getString(2);
                if (objectId == null) {
                    people.withoutId.add(id);
                } else {
                    people.byObjectId.put(objectId.toLowerCase(Locale.ROOT), id);
                }
                people.byUpn.put(rs.getString(3), id);
                people.names.put(id, names(rs.getString(5), rs.getString(6)));
                people.nextId = Math.max(people.nextId, id + 1);
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "SELECT DISTINCT user_ref FROM snapshot_users WHERE snap_day > ?")) {
            p.setInt(1, day);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    people.inNewerSnapshot.add(rs.getInt(1));
                }
            }
        }
        return people;
    }

    /** The person a user of an export is, added when new. */
    int find(Connection c, UserRegistration u, int day) throws SQLException {
        String upnKey = upnKey(u);
        if (u.objectId() != null) {
            String idKey = u.objectId().toLowerCase(Locale.ROOT);
            Integer known = byObjectId.get(idKey);
            if (known != null) {
                return known;
            }
            Integer byName = byUpn.get(upnKey);
            if (byName != null && withoutId.remove(byName)) {
                insert.executeBatch();
                update(c, "UPDATE reg_users SET object_id = ? WHERE id = ?", u.objectId(), byName);
                byObjectId.put(idKey, byName);
                return byName;
            }
        } else {
            Integer byName = byUpn.get(upnKey);
            if (byName != null) {
                return byName;
            }
        }
        return add(u, upnKey, day);
    }

    /**
     * Keeps the names of the newest snapshot that lists the person: this snapshot's, unless a newer one lists them.
     * Names that did not change are not written again, so a month's snapshot rewrites only the renamed.
     */
    void name(int person, UserRegistration u, int day) throws SQLException {
        String now = names(u.userPrincipalName(), u.displayName());
        if (inNewerSnapshot.contains(person) || now.equals(names.get(person))) {
            return;
        }
        insert.executeBatch();
        rename.setString(1, u.userPrincipalName());
        rename.setString(2, upnKey(u));
        rename.setString(3, u.displayName());
        rename.setInt(4, day);
        rename.setInt(5, person);
        rename.addBatch();
        names.put(person, now);
        byUpn.put(upnKey(u), person);
    }

    /** The names as one comparable text (a UPN holds no line break). */
    private static String names(String upn, String displayName) {
        return upn + "\n" + (displayName == null ? "" : displayName);
    }

    private int add(UserRegistration u, String upnKey, int day) throws SQLException {
        int id = nextId++;
        insert.setInt(1, id);
        insert.setString(2, u.objectId());
        insert.setString(3, u.userPrincipalName());
        insert.setString(4, upnKey);
        insert.setString(5, u.displayName());
        insert.setInt(6, day);
        insert.addBatch();
        if (u.objectId() == null) {
            withoutId.add(id);
        } else {
            byObjectId.put(u.objectId().toLowerCase(Locale.ROOT), id);
        }
        byUpn.putIfAbsent(upnKey, id);
        names.put(id, names(u.userPrincipalName(), u.displayName()));
        return id;
    }

    /** Writes the people added and renamed since the last write. */
    void flush() throws SQLException {
        insert.executeBatch();
        rename.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        rename.close();
    }

    private static void update(Connection c, String sql, String text, int id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, text);
            p.setInt(2, id);
            p.executeUpdate();
        }
    }

    private static String upnKey(UserRegistration u) {
        return u.userPrincipalName().strip().toLowerCase(Locale.ROOT);
    }
}
