package com.ssprviewer.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The {@code kept_answers} table: answers over all of the store's data, each kept with the stamp of the data it was
 * computed on. The stamp is read from the data itself rather than bumped by the writers, so no writer can forget it:
 * every import, removal and role mark adds or changes a row of the import history or of the role history, and an
 * import cleaned up at open removes its history row and its rows, so each changes at least one figure below. An
 * answer whose stamp differs from the store's is never used.
 */
public final class KeptAnswers {

    /** Row counts and highest ids are instant in H2 (kept counts, primary-key ends); the history is a few rows. */
    private static final String STAMP = "SELECT (SELECT COUNT(*) FROM events),"
            + " (SELECT COALESCE(MAX(id), 0) FROM events),"
            + " (SELECT COUNT(*) FROM attempts), (SELECT COALESCE(MAX(id), 0) FROM attempts),"
            + " (SELECT COUNT(*) FROM registrations), (SELECT COALESCE(MAX(event_id), 0) FROM registrations),"
            + " (SELECT COUNT(*) FROM roles), (SELECT COUNT(*) FROM latest_roles),"
            + " (SELECT COUNT(*) FROM imports), (SELECT COALESCE(MAX(id), 0) FROM imports),"
            + " (SELECT COALESCE(SUM(events_added), 0) FROM imports),"
            + " (SELECT COALESCE(SUM(rows_read), 0) FROM imports),"
            + " (SELECT COUNT(*) FROM imports WHERE outcome = 'RUNNING')";
    private static final int STAMP_FIGURES = 13;

    private KeptAnswers() {
    }

    /** The stamp of the store's data as this connection sees it now, with the schema version it was read under. */
    public static String stamp(Connection c) throws SQLException {
        StringJoiner stamp = new StringJoiner("/", "V" + Migrations.latestVersion() + ":", "");
        try (PreparedStatement p = c.prepareStatement(STAMP); ResultSet rs = p.executeQuery()) {
            rs.next();
            for (int i = 1; i <= STAMP_FIGURES; i++) {
                stamp.add(Long.toString(rs.getLong(i)));
            }
        }
        return stamp.toString();
    }

    /** The answer kept under {@code key} for data of this stamp, if there is one. */
    public static Optional<byte[]> find(Connection c, String key, String stamp) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT answer FROM kept_answers WHERE answer_key = ?"
                + " AND stamp = ?")) {
            p.setString(1, key);
            p.setString(2, stamp);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Keeps an answer under {@code key}, replacing the one kept before (for older data). */
    public static void keep(Connection c, String key, String stamp, byte[] answer) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("MERGE INTO kept_answers (answer_key, stamp, answer)"
                + " KEY (answer_key) VALUES (?, ?, ?)")) {
            p.setString(1, key);
            p.setString(2, stamp);
            p.setBytes(3, answer);
            p.executeUpdate();
        }
    }
}
