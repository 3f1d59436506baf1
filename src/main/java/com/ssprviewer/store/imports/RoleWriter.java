package com.ssprviewer.store.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps {@code latest_roles} (one row per user: the role of their newest classic row) in step with {@code roles},
 * so attempts and registrations resolve a role with one indexed join. Ties in time go to the later import.
 */
final class RoleWriter {

    private RoleWriter() {
    }

    static void refresh(Connection c, long importId) throws SQLException {
        try (PreparedStatement users = c.prepareStatement(
                "SELECT user_key, role, ts FROM roles r WHERE import_id = ? AND NOT EXISTS (SELECT 1 FROM roles n"
                        + " WHERE n.import_id = r.import_id AND n.user_key = r.user_key AND (n.ts > r.ts"
                        + " OR (n.ts = r.ts AND n.event_id > r.event_id)))");
             PreparedStatement merge = c.prepareStatement("MERGE INTO latest_roles l USING (VALUES (?, ?, ?))"
                     + " s(user_key, role, ts) ON l.user_key = s.user_key"
                     + " WHEN MATCHED AND s.ts >= l.ts THEN UPDATE SET role = s.role, ts = s.ts"
                     + " WHEN NOT MATCHED THEN INSERT (user_key, role, ts) VALUES (s.user_key, s.role, s.ts)")) {
            users.setLong(1, importId);
            try (ResultSet rs = users.executeQuery()) {
                while (rs.next()) {
                    merge.setString(1, rs.getString(1));
                    merge.setString(2, rs.getString(2));
                    merge.setLong(3, rs.getLong(3));
                    merge.addBatch();
                }
            }
            merge.executeBatch();
        }
    }
}
