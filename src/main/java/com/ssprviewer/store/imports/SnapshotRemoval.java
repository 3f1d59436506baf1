package com.ssprviewer.store.imports;

import com.ssprviewer.store.schema.SnapshotLists;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes registration snapshots, or one person's rows from them, in the caller's transaction, and keeps what is
 * derived from them in step: each touched snapshot's counts, members per method and lists (and those of the snapshot
 * after it, whose changes are against it) and the people no snapshot lists any more. The registration states
 * (combinations of flags, about nobody) stay.
 */
final class SnapshotRemoval {

    long snapshots;
    long rows;
    long people;

    private final RemovalRun sql;
    private final Connection c;

    SnapshotRemoval(Connection c, RemovalRun sql) {
        this.c = c;
        this.sql = sql;
    }

    /** Removes the snapshots of the days before {@code day} (days counted from 1970-01-01). */
    void before(int day) throws SQLException {
        snapshots = sql.update("DELETE FROM reg_snapshots WHERE snap_day < ?", day);
        if (snapshots == 0) {
            return;
        }
        rows = sql.update("DELETE FROM snapshot_users WHERE snap_day < ?", day);
        sql.update("DELETE FROM snapshot_methods WHERE snap_day < ?", day);
        sql.update("DELETE FROM snapshot_lists WHERE snap_day < ?", day);
        long oldest = sql.count("SELECT COALESCE(MIN(snap_day), -1) FROM reg_snapshots");
        if (oldest >= 0) {
            // the oldest kept snapshot has no snapshot before it now: its changes are empty, as for a first one
            SnapshotLists.writeAround(c, (int) oldest);
        }
        people = dropUnlisted();
    }

    /** Removes one person (their {@code reg_users} id) from every snapshot. */
    void person(int person) throws SQLException {
        Set<Integer> days = new TreeSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT snap_day FROM snapshot_users WHERE user_ref = ?")) {
            p.setInt(1, person);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getInt(1));
                }
            }
        }
        rows += sql.update("DELETE FROM snapshot_users WHERE user_ref = ?", person);
        people += sql.update("DELETE FROM reg_users WHERE id = ?", person);
        for (int day : days) {
            if (sql.count("SELECT COUNT(*) FROM snapshot_users WHERE snap_day = ?", day) == 0) {
                // a snapshot that listed only this person is no snapshot at all without them
                sql.update("DELETE FROM reg_snapshots WHERE snap_day = ?", day);
                sql.update("DELETE FROM snapshot_methods WHERE snap_day = ?", day);
                sql.update("DELETE FROM snapshot_lists WHERE snap_day = ?", day);
                snapshots++;
            } else {
                SnapshotTotalsWriter.write(c, day);
            }
        }
        for (int day : days) {
            long kept = sql.count("SELECT COUNT(*) FROM reg_snapshots WHERE snap_day = ?", day);
            if (kept > 0) {
                SnapshotLists.writeAround(c, day);
            } else {
                long next = sql.count("SELECT COALESCE(MIN(snap_day), -1) FROM reg_snapshots WHERE snap_day > ?",
                        day);
                if (next >= 0) {
                    SnapshotLists.writeAround(c, (int) next);
                }
            }
        }
    }

    /** Removes the people no snapshot lists; returns how many. */
    private long dropUnlisted() throws SQLException {
        BitSet listed = new BitSet();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT user_ref FROM snapshot_users")) {
            while (rs.next()) {
                listed.set(rs.getInt(1));
            }
        }
        long removed = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM reg_users");
             PreparedStatement delete = c.prepareStatement("DELETE FROM reg_users WHERE id = ?")) {
            while (rs.next()) {
                if (!listed.get(rs.getInt(1))) {
                    delete.setInt(1, rs.getInt(1));
                    delete.addBatch();
                    removed++;
                }
            }
            delete.executeBatch();
        }
        return removed;
    }
}
