package com.ssprviewer.store;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds and runs the SQL of one page of a list: filter, whitelisted sort made total by the id, keyset paging with a
 * row value {@code (col, id) < (?, ?)} when a cursor is given (fast at any depth), OFFSET otherwise. The events and
 * attempts lists walk the sort column's index (H2 would otherwise pick a filter index and sort a large part of the
 * table), except for a correlation id, which is selective enough (events: through a time range, see FilterSql).
 */
final class PageQuery {

    /** Reads one row of a list from the current result set position. */
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private PageQuery() {
    }

    static String sql(Connection c, ListKind kind, String columns, EventFilter f, Sort sort, PageRequest page,
                      Visible v, List<Object> params) throws SQLException {
        ListSpec spec = ListSpec.of(kind);
        Sort s = ListSpec.checked(kind, sort);
        String col = spec.sortColumn(s.field());
        FilterSql.Where where = FilterSql.build(c, kind, f, v);
        params.addAll(where.params());
        String index = kind == ListKind.REGISTRATIONS || hasText(f.correlationId()) ? null
                : spec.indexes().get(s.field());
        String dir = s.descending() ? " DESC" : " ASC";
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(", ").append(col)
                .append(" AS sort_value FROM ").append(spec.fromClause(index)).append(" WHERE ").append(where.sql());
        if (page.after() != null) {
            sql.append(" AND (").append(col).append(", ").append(spec.id()).append(s.descending() ? ") < (?, ?)"
                    : ") > (?, ?)");
            params.add(page.after().sortValue());
            params.add(page.after().id());
        }
        sql.append(" ORDER BY ").append(col).append(dir).append(", ").append(spec.id()).append(dir)
                .append(" LIMIT ?");
        params.add(page.limit() + 1);
        if (page.after() == null && page.offset() > 0) {
            sql.append(" OFFSET ?");
            params.add(page.offset());
        }
        return sql.toString();
    }

    static <T> Page<T> run(Connection c, ListKind kind, String columns, EventFilter f, Sort sort, PageRequest page,
                           Visible v, RowReader<T> reader) throws SQLException {
        if (page.limit() <= 0) {
            throw new IllegalArgumentException("A page holds at least one row; ask for a limit of 1 or more.");
        }
        EventFilter filter = f == null ? EventFilter.NONE : f;
        Sort s = ListSpec.checked(kind, sort);
        ListSpec spec = ListSpec.of(kind);
        if (kind == ListKind.EVENTS && spec.indexes().get(s.field()) == null && !hasText(filter.correlationId())) {
            return TopSort.run(c, spec.sortColumn(s.field()), s.descending(), columns,
                    FilterSql.build(c, kind, filter, v), page, reader);
        }
        List<Object> params = new ArrayList<>();
        String sql = sql(c, kind, columns, filter, sort, page, v, params);
        List<T> rows = new ArrayList<>();
        PageRequest.Cursor last = null;
        boolean more = false;
        try (PreparedStatement p = prepare(c, sql, params); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                if (rows.size() == page.limit()) {
                    more = true;
                    break;
                }
                rows.add(reader.read(rs));
                last = new PageRequest.Cursor(rs.getObject("sort_value"), rs.getLong("row_id"));
            }
        }
        return new Page<>(rows, more ? last : null);
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
        }
        return p;
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
