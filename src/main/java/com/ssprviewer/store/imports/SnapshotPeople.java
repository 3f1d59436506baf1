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
    private final Map<Integer, Integer> namedDay = new HashMap<>();
    private final PreparedStatement insert;
    private int nextId = 1;

    private SnapshotPeople(PreparedStatement insert) {
        this.insert = insert;
    }

    static SnapshotPeople read(Connection c) throws SQLException {
        SnapshotPeople people = new SnapshotPeople(c.prepareStatement("INSERT INTO reg_users (id, object_id, upn,"
                + " upn_key, display_name, named_day) VALUES (?, ?, ?, ?, ?, ?)"));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, object_id, upn_key, named_day FROM reg_users"
                     + " ORDER BY named_day")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                String objectId = rs.getString(2);
                if (objectId == null) {
                    people.withoutId.add(id);
                } else {
                    people.byObjectId.put(objectId.toLowerCase(Locale.ROOT), id);
                }
                people.byUpn.put(rs.getString(3), id);
                people.namedDay.put(id, rs.getInt(4));
                people.nextId = Math.max(people.nextId, id + 1);
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

    /** Keeps the names of the newest snapshot that lists the person. */
    void name(Connection c, int person, UserRegistration u, int day) throws SQLException {
        if (day <= namedDay.get(person)) {
            return;
        }
        insert.executeBatch();
        try (PreparedStatement p = c.prepareStatement("UPDATE reg_users SET upn = ?, upn_key = ?, display_name = ?,"
                + " named_day = ? WHERE id = ?")) {
            p.setString(1, u.userPrincipalName());
            p.setString(2, upnKey(u));
            p.setString(3, u.displayName());
            p.setInt(4, day);
            p.setInt(5, person);
            p.executeUpdate();
        }
        namedDay.put(person, day);
        byUpn.put(upnKey(u), person);
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
        namedDay.put(id, day);
        return id;
    }

    /** Writes the people added since the last write. */
    void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
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
