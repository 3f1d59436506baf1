package com.ssprviewer.store.paging;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.Visible;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The landmarks of each list in the order a blade opens it with (its default sort, unfiltered), kept in the store:
 * the list a window shows first jumps fast from its first moment, without walking its index while the user scrolls.
 * Walked again on the upkeep thread after each import; valid while the list holds the rows they were walked over.
 */
public final class StoredLandmarks {

    private StoredLandmarks() {
    }

    /** True for the one list shape whose landmarks the store keeps. */
    public static boolean kept(ListKind kind, EventFilter filter, Sort sort, int every) {
        return every == Landmarks.EVERY && EventFilter.NONE.equals(filter) && kind.defaultSort().equals(sort);
    }

    /** The kept landmarks of a list, or null when there are none or the list has changed since. */
    public static Landmarks read(Connection c, ListKind kind, Visible v) throws SQLException {
        if (rowsWalked(c, kind) != Queries.count(c, kind, EventFilter.NONE, v)) {
            return null;
        }
        List<PageRequest.Cursor> cursors = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT sort_value, id FROM landmarks WHERE list = ? ORDER BY block")) {
            p.setInt(1, kind.code());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    // the kept lists are sorted by date, so a landmark's time is its sort value
                    cursors.add(new PageRequest.Cursor(rs.getLong(1), rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return new Landmarks(Landmarks.EVERY, cursors);
    }

    /** Walks again every list whose kept landmarks no longer match it; each list in one transaction. */
    static void refresh(Database db, BooleanSupplier stop) throws SQLException {
        for (ListKind kind : EnumSet.allOf(ListKind.class)) {
            if (!db.inTransaction(c -> renew(c, kind, db.visible(), stop))) {
                return;
            }
        }
    }

    /** Walks one list again if its kept landmarks no longer match it; false when asked to stop on the way. */
    private static boolean renew(Connection c, ListKind kind, Visible v, BooleanSupplier stop) throws SQLException {
        long rows = Queries.count(c, kind, EventFilter.NONE, v);
        if (rows == rowsWalked(c, kind)) {
            return true;
        }
        Landmarks marks;
        try {
            marks = PageQuery.landmarks(c, kind, EventFilter.NONE, kind.defaultSort(), Landmarks.EVERY, v, stop);
        } catch (CancellationException e) {
            return false;
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM landmarks WHERE list = ?")) {
            p.setInt(1, kind.code());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO landmarks (list, block, sort_value, id) VALUES (?, ?, ?, ?)")) {
            for (int block = 0; block < marks.cursors().size(); block++) {
                PageRequest.Cursor at = marks.cursors().get(block);
                p.setInt(1, kind.code());
                p.setInt(2, block);
                p.setLong(3, ((Number) at.sortValue()).longValue());
                p.setLong(4, at.id());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "MERGE INTO landmark_lists (list, list_rows, every) KEY (list) VALUES (?, ?, ?)")) {
            p.setInt(1, kind.code());
            p.setLong(2, rows);
            p.setInt(3, Landmarks.EVERY);
            p.executeUpdate();
        }
        return true;
    }

    /** How many rows the list held when its kept landmarks were walked; -1 when it has none. */
    private static long rowsWalked(Connection c, ListKind kind) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT list_rows FROM landmark_lists WHERE list = ? AND every = ?")) {
            p.setInt(1, kind.code());
            p.setInt(2, Landmarks.EVERY);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
