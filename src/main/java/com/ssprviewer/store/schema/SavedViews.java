package com.ssprviewer.store.schema;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code views} table: each saved view's JSON document under its list's code and its name, unique per list
 * ignoring case ({@code name_key}). Bound parameters only: names are the user's text.
 */
public final class SavedViews {

    private static final String COLUMNS = "SELECT list_code, name, document, created_at, changed_at FROM views";

    /** One stored view: its list's code, its name, its document and its times. */
    public record Row(int listCode, String name, byte[] document, Instant created, Instant changed) {
    }

    private SavedViews() {
    }

    /** Every view, or those of one list (null: all), by list and then name ignoring case. */
    public static List<Row> all(Connection c, Integer listCode) throws SQLException {
        String sql = COLUMNS + (listCode == null ? "" : " WHERE list_code = ?") + " ORDER BY list_code, name_key";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (listCode != null) {
                p.setInt(1, listCode);
            }
            return rows(p);
        }
    }

    /** The view of this list with this name, ignoring case. */
    public static Optional<Row> find(Connection c, int listCode, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(COLUMNS + " WHERE list_code = ? AND name_key = ?")) {
            p.setInt(1, listCode);
            p.setString(2, key(name));
            return rows(p).stream().findFirst();
        }
    }

    /** Adds a view, or replaces the one of that name (keeping when it was created). */
    public static void save(Connection c, int listCode, String name, byte[] document, Instant now)
            throws SQLException {
        if (find(c, listCode, name).isPresent()) {
            update(c, listCode, name, name, document, now);
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO views (list_code, name, name_key, document,"
                + " created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setInt(1, listCode);
            p.setString(2, name);
            p.setString(3, key(name));
            p.setString(4, new String(document, StandardCharsets.UTF_8));
            p.setObject(5, time(now));
            p.setObject(6, time(now));
            p.executeUpdate();
        }
    }

    /** Gives the view named {@code name} a new name and document; false when there is no such view. */
    public static boolean update(Connection c, int listCode, String name, String newName, byte[] document,
                                 Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE views SET name = ?, name_key = ?, document = ?,"
                + " changed_at = ? WHERE list_code = ? AND name_key = ?")) {
            p.setString(1, newName);
            p.setString(2, key(newName));
            p.setString(3, new String(document, StandardCharsets.UTF_8));
            p.setObject(4, time(now));
            p.setInt(5, listCode);
            p.setString(6, key(name));
            return p.executeUpdate() > 0;
        }
    }

    /** Deletes the view of this list with this name; false when there was none. */
    public static boolean delete(Connection c, int listCode, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM views WHERE list_code = ? AND name_key = ?")) {
            p.setInt(1, listCode);
            p.setString(2, key(name));
            return p.executeUpdate() > 0;
        }
    }

    /** The name as uniqueness compares it. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<Row> rows(PreparedStatement p) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(rs.getInt(1), rs.getString(2), rs.getString(3).getBytes(StandardCharsets.UTF_8),
                        instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class))));
            }
        }
        return out;
    }

    private static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
