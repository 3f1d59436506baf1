package com.ssprviewer.store.paging;

import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.schema.ValueCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Attempts or registrations sorted by the user's role, walked role by role ({@link ValueWalk}) when few users hold
 * one, as in a store of portal exports with an imported role list or administrators marked by hand: each role's rows
 * are counted and read through the user index from its holders, and the rows of users without a role (the empty role,
 * first in ascending order) are found in (time, id) order, each tested against the holders. Where thousands of users
 * hold a role (classic reports carry everyone's), the full sort ({@link TopSort}) serves instead.
 */
final class RoleWalk {

    /** Past this many role holders, counting their rows costs about as much as the full sort. */
    static final long MAX_HOLDERS = 1_000;

    private static final String NO_ROLE = "";

    private RoleWalk() {
    }

    /**
     * Each role in the list's order with its number of rows, the empty role for rows of users without one; null when
     * more than {@link #MAX_HOLDERS} users hold a role.
     */
    static List<ValueCounts.Counted> values(Connection c, ListSpec spec, boolean descending) throws SQLException {
        if (count(c, "SELECT COUNT(*) FROM latest_roles") > MAX_HOLDERS) {
            return null;
        }
        long total = count(c, "SELECT COUNT(*) FROM " + spec.table());
        List<ValueCounts.Counted> out = new ArrayList<>();
        long held = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT r.role, COUNT(*) FROM " + holders(spec)
                + " GROUP BY r.role"); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new ValueCounts.Counted(rs.getString(1), rs.getLong(2)));
                held += rs.getLong(2);
            }
        }
        if (total > held) {
            out.add(new ValueCounts.Counted(NO_ROLE, total - held));
        }
        Comparator<ValueCounts.Counted> order = Comparator.comparing(ValueCounts.Counted::value);
        out.sort(descending ? order.reversed() : order);
        return out;
    }

    /** The ids of one role: its holders' rows through the user index, or the rows of users without a role. */
    static ValueWalk.Source source(ListSpec spec, boolean descending, FilterSql.Where where) {
        String user = spec.userColumn();
        return new ValueWalk.Source() {
            @Override
            public long ids(Connection c, String value, PageRequest.Cursor after, long skip, int max,
                            List<PageRequest.Cursor> found) throws SQLException {
                if (value.equals(NO_ROLE)) {
                    return ValueWalk.scan(c, spec, spec.table() + " USE INDEX (" + spec.timeIndex() + ")",
                            "NOT EXISTS (SELECT 1 FROM latest_roles r WHERE r.user_key = " + user
                                    + " AND r.role <> '')", value, after, descending, where, skip, max, found);
                }
                return ValueWalk.scan(c, spec, holders(spec), "r.role = ?", value, after, descending, where, skip,
                        max, found);
            }

            @Override
            public double cost(ValueCounts.Counted value, long reach, long total) {
                // a role's rows are all read and sorted; the rows without a role are scanned for in time order
                return value.value().equals(NO_ROLE) ? (double) reach * total / value.rows() : value.rows();
            }
        };
    }

    /** The role holders joined to their rows of the list. */
    private static String holders(ListSpec spec) {
        return "latest_roles r JOIN " + spec.table() + " ON " + spec.userColumn() + " = r.user_key AND r.role <> ''";
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
