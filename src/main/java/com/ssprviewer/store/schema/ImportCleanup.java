package com.ssprviewer.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes every row of an import that did not complete (failed, canceled, or left RUNNING by a crash), so the
 * store is exactly as before it. The running import is always the newest, so its rows are those from its first ids
 * up. Deletes go in slices, each committed, and the import's own row goes last: an interrupted cleanup is simply
 * resumed at the next open.
 */
public final class ImportCleanup {

    private static final int SLICE = 20_000;
    /**
     * Rows of unfinished imports from which removing them takes about a second or more (see the README's
     * Performance section), so the person opening the store is told first.
     */
    public static final long NOTICE_ROWS = 10_000;

    private ImportCleanup() {
    }

    /** Cleans up every import still marked RUNNING (true if there was one); leaves the connection auto-committing. */
    public static boolean abandoned(Connection c) throws SQLException {
        List<long[]> running = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, first_event_id, first_attempt_id, first_string_id"
                + " FROM imports WHERE outcome = 'RUNNING'");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                running.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        for (long[] r : running) {
            remove(c, r[0], r[1], r[2], r[3]);
        }
        return !running.isEmpty();
    }

    /**
     * How many events and attempts the unfinished imports left, from the first ids each recorded to the highest
     * ids in the tables: ids are handed out in order, so this is a count read from the primary keys alone.
     */
    public static long leftoverRows(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT"
                + " GREATEST((SELECT COALESCE(MAX(id), 0) FROM events) - MIN(first_event_id) + 1, 0),"
                + " GREATEST((SELECT COALESCE(MAX(id), 0) FROM attempts) - MIN(first_attempt_id) + 1, 0)"
                + " FROM imports WHERE outcome = 'RUNNING'");
             ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) + rs.getLong(2) : 0;
        }
    }

    /**
     * What readers may see of a store that cannot be cleaned (opened read-only): everything below the rows of
     * the oldest unfinished import; {@link Visible#ALL} when none is unfinished.
     */
    public static Visible unfinished(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MIN(first_event_id), MIN(first_attempt_id)"
                + " FROM imports WHERE outcome = 'RUNNING'");
             ResultSet rs = p.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
                return new Visible(rs.getLong(1), rs.getLong(2));
            }
        }
        return Visible.ALL;
    }

    public static void remove(Connection c, long importId, long firstEvent, long firstAttempt, long firstString)
            throws SQLException {
        c.setAutoCommit(true);
        SortOrders.forgetFrom(c, firstEvent);
        sliced(c, "DELETE FROM events WHERE id >= ? FETCH FIRST " + SLICE + " ROWS ONLY", firstEvent);
        sliced(c, "DELETE FROM registrations WHERE event_id >= ? FETCH FIRST " + SLICE + " ROWS ONLY", firstEvent);
        sliced(c, "DELETE FROM attempts WHERE id >= ? FETCH FIRST " + SLICE + " ROWS ONLY", firstAttempt);
        UserIndex.restore(c);
        sliced(c, "DELETE FROM roles WHERE import_id = ? FETCH FIRST " + SLICE + " ROWS ONLY", importId);
        sliced(c, "DELETE FROM rejected_rows WHERE import_id = ? FETCH FIRST " + SLICE + " ROWS ONLY", importId);
        sliced(c, "DELETE FROM strings WHERE id >= ? FETCH FIRST " + SLICE + " ROWS ONLY", firstString);
        sliced(c, "DELETE FROM imports WHERE id = ?", importId);
    }

    private static void sliced(Connection c, String sql, long param) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, param);
            int deleted;
            do {
                deleted = p.executeUpdate();
            } while (deleted >= SLICE);
        }
    }
}
