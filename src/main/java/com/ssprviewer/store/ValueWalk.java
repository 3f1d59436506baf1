package com.ssprviewer.store;

import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of events sorted by a few-valued text (service, category, activity, status, reason): the values that
 * occur ({@link ValueCounts}) are taken in order and, for each, the matching events in id order through the primary
 * key, until the page is full. A common value fills a page after a few hundred rows; the order is exactly
 * (value, id), the same as a full sort's.
 */
final class ValueWalk {

    /** Deeper offsets than this are left to the full sort, which does not read every skipped row in full. */
    static final long MAX_OFFSET = 20_000;

    private ValueWalk() {
    }

    static boolean serves(PageRequest page) {
        return page.offset() <= MAX_OFFSET;
    }

    static <T> Page<T> run(Connection c, ValueCounts.Field field, boolean descending, String columns,
                           FilterSql.Where where, PageRequest page, PageQuery.RowReader<T> reader)
            throws SQLException {
        long skip = page.offset();
        int want = page.limit() + 1;
        List<T> rows = new ArrayList<>();
        List<PageRequest.Cursor> cursors = new ArrayList<>();
        for (String value : ValueCounts.values(c, field, descending)) {
            if (rows.size() >= want) {
                break;
            }
            Long afterId = null;
            if (page.after() != null) {
                int cmp = value.compareTo(String.valueOf(page.after().sortValue()));
                if (descending ? cmp > 0 : cmp < 0) {
                    continue;
                }
                afterId = cmp == 0 ? page.after().id() : null;
            }
            skip = rowsOf(c, field, value, afterId, descending, columns, where, skip, want - rows.size(), reader,
                    rows, cursors);
        }
        boolean more = rows.size() > page.limit();
        List<T> out = more ? rows.subList(0, page.limit()) : rows;
        return new Page<>(new ArrayList<>(out), more ? cursors.get(page.limit() - 1) : null);
    }

    /** Adds up to {@code max} rows of one value after skipping {@code skip}; returns the rows still to skip. */
    private static <T> long rowsOf(Connection c, ValueCounts.Field field, String value, Long afterId,
                                   boolean descending, String columns, FilterSql.Where where, long skip, int max,
                                   PageQuery.RowReader<T> reader, List<T> rows, List<PageRequest.Cursor> cursors)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(value);
        params.addAll(where.params());
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM events e USE INDEX ()")
                .append(" WHERE e.").append(field.column).append(" = ? AND ").append(where.sql());
        if (afterId != null) {
            sql.append(descending ? " AND e.id < ?" : " AND e.id > ?");
            params.add(afterId);
        }
        sql.append(" ORDER BY e.id").append(descending ? " DESC" : " ASC").append(" LIMIT ?");
        params.add(skip + max);
        long skipped = 0;
        try (PreparedStatement p = PageQuery.prepare(c, sql.toString(), params); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                if (skipped < skip) {
                    skipped++;
                    continue;
                }
                rows.add(reader.read(rs));
                cursors.add(new PageRequest.Cursor(value, rs.getLong("row_id")));
            }
        }
        return skip - skipped;
    }
}
