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
 * Events sorted by a high-cardinality text walk the sort key ({@link SortOrders}) once it covers every visible event,
 * and are sorted in full ({@link TopSort}) until then; sorted by a few-valued text, they walk its values
 * ({@link ValueWalk}).
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
        String index = kind == ListKind.REGISTRATIONS || hasText(f.correlationId()) ? null
                : spec.indexes().get(s.field());
        return select(new Shape(columns, spec.fromClause(index), "", spec.sortColumn(s.field()), spec.id(), ""),
                FilterSql.build(c, kind, f, v), s.descending(), page, params);
    }

    /** Events in the order of the sort key ({@link SortOrders}): the key is walked, each event joined by its id. */
    private static String keyed(Connection c, SortOrders.Field key, String columns, EventFilter f, boolean descending,
                                PageRequest page, Visible v, List<Object> params) throws SQLException {
        params.add(key.code);
        return select(new Shape(columns, "event_order o JOIN events e ON e.id = o.id", "o.field = ? AND ",
                "o.sort_value", "o.id", "o.field"), FilterSql.build(c, ListKind.EVENTS, f, v), descending, page,
                params);
    }

    /** What differs between list queries: the tables, a leading condition, the sort column, id and key prefix. */
    private record Shape(String columns, String from, String lead, String sortColumn, String id, String keyPrefix) {
    }

    private static String select(Shape q, FilterSql.Where where, boolean descending, PageRequest page,
                                 List<Object> params) {
        params.addAll(where.params());
        String dir = descending ? " DESC" : " ASC";
        StringBuilder sql = new StringBuilder("SELECT ").append(q.columns()).append(", ").append(q.sortColumn())
                .append(" AS sort_value FROM ").append(q.from()).append(" WHERE ").append(q.lead())
                .append(where.sql());
        if (page.after() != null) {
            sql.append(" AND (").append(q.sortColumn()).append(", ").append(q.id())
                    .append(descending ? ") < (?, ?)" : ") > (?, ?)");
            params.add(page.after().sortValue());
            params.add(page.after().id());
        }
        sql.append(" ORDER BY ");
        if (!q.keyPrefix().isEmpty()) {
            sql.append(q.keyPrefix()).append(dir).append(", ");
        }
        sql.append(q.sortColumn()).append(dir).append(", ").append(q.id()).append(dir).append(" LIMIT ?");
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
        List<Object> params = new ArrayList<>();
        String sql;
        if (spec.indexes().get(s.field()) == null && !hasText(filter.correlationId())) {
            ValueCounts.Field few = kind == ListKind.EVENTS ? ValueCounts.Field.of(s.field()) : null;
            if (few != null && ValueWalk.serves(page)) {
                return ValueWalk.run(c, few, s.descending(), columns, FilterSql.build(c, kind, filter, v), page,
                        reader);
            }
            SortOrders.Field key = kind == ListKind.EVENTS ? SortOrders.Field.of(s.field()) : null;
            if (key == null || !SortOrders.complete(c, v)) {
                return TopSort.run(c, spec, spec.sortColumn(s.field()), s.descending(), columns,
                        FilterSql.build(c, kind, filter, v), page, reader);
            }
            sql = keyed(c, key, columns, filter, s.descending(), page, v, params);
        } else {
            sql = sql(c, kind, columns, filter, sort, page, v, params);
        }
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
