package com.ssprviewer.store.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes a snapshot's counts ({@code reg_snapshots}) from its users, so the trend never counts users again. */
final class SnapshotTotalsWriter {

    private static final String MEMBER = "SUM(CASE WHEN s.member AND s.%s THEN 1 ELSE 0 END)";

    private SnapshotTotalsWriter() {
    }

    static void write(Connection c, int day) throws SQLException {
        String sql = "MERGE INTO reg_snapshots (snap_day, users, members, guests, sspr_registered, sspr_enabled,"
                + " sspr_capable, mfa_registered, mfa_capable, passwordless_capable) KEY (snap_day)"
                + " SELECT ?, COUNT(*), SUM(CASE WHEN s.member THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.member THEN 0 ELSE 1 END), "
                + String.join(", ", member("sspr_registered"), member("sspr_enabled"), member("sspr_capable"),
                        member("mfa_registered"), member("mfa_capable"), member("passwordless_capable"))
                + " FROM snapshot_users u JOIN reg_states s ON s.id = u.state_ref WHERE u.snap_day = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, day);
            p.setInt(2, day);
            p.executeUpdate();
        }
    }

    private static String member(String flag) {
        return String.format(MEMBER, flag);
    }
}
