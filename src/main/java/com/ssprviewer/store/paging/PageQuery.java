package com.ssprviewer.store.paging;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.UserIndex;
import com.ssprviewer.store.schema.ValueCounts;
import com.ssprviewer.store.schema.Visible;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Builds and runs the SQL of one page of a list: filter, whitelisted sort with the row's time as the tie-break of
 * equal values (in the sort's direction: newest first when descending) made total by the id, keyset paging with a row
 * value {@code (col, ts, id) < (?, ?, ?)} when a cursor is given (fast at any depth), then OFFSET. A deep position is
 * reached from the list's nearest {@link Landmarks landmark}, so the OFFSET stays short. The events and attempts lists
 * walk the sort column's index (H2 would otherwise pick a filter index and sort a large part of the table), except for
 * a correlation id, which is selective enough (events: through a time range, see FilterSql), and a search that names
 * its few events by id ({@link TextSearch}). Events sorted by a high-cardinality text walk the sort key
 * ({@link SortOrders}) once it covers every visible event, and are sorted in full ({@link TopSort}) until then.
 * Events and attempts sorted by a few-valued text walk its values ({@link ValueWalk}), and attempts and registrations
 * sorted by role walk the roles while few users hold one ({@link RoleWalk}), where that reads fewer rows than a full
 * sort.
 */
public final class PageQuery {

    /** Rows between two looks at whether a landmark walk was cancelled, minus one (a mask). */
    private static final long CHECK_EVERY = 4095;

    /** Reads one row of a list from the current result set position. */
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private PageQuery() {
    }

    private static String sql(Connection c, ListKind kind, String columns, EventFilter f, Sort sort, PageRequest page,
                      Visible v, List<Object> params, boolean hint) throws SQLException {
        ListSpec spec = ListSpec.of(kind);
        Sort s = ListSpec.checked(kind, sort);
        FilterSql.Where where = FilterSql.build(c, kind, f, v);
        String index = !hint || !spec.namesIndex() || hasText(f.correlationId()) || where.byIds() ? null
                : spec.index(s.field());
        String column = spec.sortColumn(s.field());
        return select(new Shape(columns, spec.fromClause(index), "", column, spec.tieColumn(column), spec.id(), ""),
                where, s.descending(), page, params);
    }

    /**
     * Events in the order of the sort key ({@link SortOrders}): the key is walked, each event joined by its id. A walk
     * that needs nothing of the events but their ids (no filter, no row columns) reads the key alone.
     */
    private static String keyed(Connection c, SortOrders.Field key, String columns, boolean rowsNeeded, EventFilter f,
                                boolean descending, PageRequest page, Visible v, List<Object> params)
            throws SQLException {
        params.add(key.code());
        FilterSql.Where where = FilterSql.build(c, ListKind.EVENTS, f, v);
        String from = rowsNeeded || !where.sql().equals("TRUE") ? "event_order o JOIN events e ON e.id = o.id"
                : "event_order o";
        return select(new Shape(columns, from, "o.field = ? AND ", "o.sort_value", "o.ts", "o.id", "o.field"),
                where, descending, page, params);
    }

    /**
     * What differs between list queries: the tables, a leading condition, the sort column, its tie-break (the time;
     * null when the sort column is the time), id and key prefix.
     */
    private record Shape(String columns, String from, String lead, String sortColumn, String tie, String id,
                         String keyPrefix) {

        /** The row value the list is ordered by: (sort column, time, id), or (time, id) for a date sort. */
        String key() {
            return sortColumn + ", " + (tie == null ? "" : tie + ", ") + id;
        }

        String time() {
            return tie == null ? sortColumn : tie;
        }
    }

    private static String select(Shape q, FilterSql.Where where, boolean descending, PageRequest page,
                                 List<Object> params) {
        params.addAll(where.params());
        String dir = descending ? " DESC" : " ASC";
        StringBuilder sql = new StringBuilder("SELECT ").append(q.columns()).append(", ").append(q.sortColumn())
                .append(" AS sort_value, ").append(q.time()).append(" AS sort_time FROM ").append(q.from())
                .append(" WHERE ").append(q.lead()).append(where.sql());
        if (page.after() != null) {
            sql.append(" AND (").append(q.key()).append(descending ? ") < (" : ") > (")
                    .append(q.tie() == null ? "?, ?)" : "?, ?, ?)");
            params.add(page.after().sortValue());
            if (q.tie() != null) {
                params.add(page.after().time());
            }
            params.add(page.after().id());
        }
        sql.append(" ORDER BY ");
        if (!q.keyPrefix().isEmpty()) {
            sql.append(q.keyPrefix()).append(dir).append(", ");
        }
        sql.append(q.sortColumn()).append(dir);
        if (q.tie() != null) {
            sql.append(", ").append(q.tie()).append(dir);
        }
        sql.append(", ").append(q.id()).append(dir).append(" LIMIT ?");
        params.add(page.limit() + 1);
        if (page.offset() > 0) {
            sql.append(" OFFSET ?");
            params.add(page.offset());
        }
        return sql.toString();
    }

    public static <T> Page<T> run(Connection c, ListKind kind, String columns, EventFilter f, Sort sort,
                                  PageRequest page, Visible v, RowReader<T> reader) throws SQLException {
        if (page.limit() <= 0) {
            throw new IllegalArgumentException("A page holds at least one row; ask for a limit of 1 or more.");
        }
        try {
            return run(c, kind, columns, f, sort, page, v, reader, true);
        } catch (SQLException e) {
            if (!UserIndex.missing(e)) {
                throw e;
            }
            // a large import has the index aside for a moment: the same page, planned without naming it
            return run(c, kind, columns, f, sort, page, v, reader, false);
        }
    }

    private static <T> Page<T> run(Connection c, ListKind kind, String columns, EventFilter f, Sort sort,
                                   PageRequest page, Visible v, RowReader<T> reader, boolean hint)
            throws SQLException {
        EventFilter filter = f == null ? EventFilter.NONE : f;
        Sort s = ListSpec.checked(kind, sort);
        ListSpec spec = ListSpec.of(kind);
        List<Object> params = new ArrayList<>();
        String sql;
        if (walksIndex(spec, s, filter)) {
            sql = sql(c, kind, columns, filter, s, page, v, params, hint);
        } else {
            Page<T> walked = walk(c, kind, spec, columns, filter, s, page, v, reader);
            if (walked != null) {
                return walked;
            }
            SortOrders.Field key = sortKey(c, s, v);
            if (key == null) {
                return TopSort.run(c, spec, spec.sortColumn(s.field()), s.descending(), columns,
                        FilterSql.build(c, kind, filter, v), page, reader);
            }
            sql = keyed(c, key, columns, true, filter, s.descending(), page, v, params);
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
                last = cursor(rs);
            }
        }
        return new Page<>(rows, more ? last : null);
    }

    /**
     * The page walked value by value ({@link ValueWalk}) when the sort is a few-valued column or a role and the walk
     * reads fewer rows than a full sort; else null.
     */
    private static <T> Page<T> walk(Connection c, ListKind kind, ListSpec spec, String columns, EventFilter filter,
                                    Sort s, PageRequest page, Visible v, RowReader<T> reader) throws SQLException {
        boolean counted = filter.equals(EventFilter.NONE) && v.everything();
        ValueCounts.Field few = ValueCounts.Field.of(s.field());
        if (few != null) {
            FilterSql.Where where = FilterSql.build(c, kind, filter, v);
            ValueWalk.Source source = ValueWalk.column(spec, spec.sortColumn(s.field()), s.descending(), where);
            List<ValueCounts.Counted> values = ValueCounts.values(c, few, s.descending());
            return ValueWalk.serves(few, values, counted, s.descending(), page, source)
                    ? ValueWalk.run(c, spec, values, counted, s.descending(), columns, page, source, reader) : null;
        }
        if (counted && spec.sortsByRole(spec.sortColumn(s.field()))) {
            List<ValueCounts.Counted> roles = RoleWalk.values(c, spec, s.descending());
            if (roles == null) {
                return null;
            }
            ValueWalk.Source source = RoleWalk.source(spec, s.descending(), FilterSql.build(c, kind, filter, v));
            return ValueWalk.cheaper(roles, s.descending(), page, source)
                    ? ValueWalk.run(c, spec, roles, true, s.descending(), columns, page, source, reader) : null;
        }
        return null;
    }

    /** The rows of the given ids, in the order given. */
    static <T> List<T> rowsById(Connection c, ListSpec spec, String columns, List<Long> ids, RowReader<T> reader)
            throws SQLException {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        Map<Long, T> byId = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + columns + " FROM " + spec.fromClause(null)
                + " WHERE " + spec.id() + " = ANY(?)")) {
            p.setObject(1, ids.toArray(Long[]::new));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getLong("row_id"), reader.read(rs));
                }
            }
        }
        List<T> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            out.add(byId.get(id));
        }
        return out;
    }

    /**
     * The list's landmarks ({@link Landmarks}), read in one walk of its index or sort key that touches no row (unless
     * a filter needs one); {@link Landmarks#NONE} for lists sorted in full, whose pages are reached by offset.
     * The walk stops with a {@link CancellationException} soon after {@code cancelled} turns true.
     */
    public static Landmarks landmarks(Connection c, ListKind kind, EventFilter f, Sort sort, int every, Visible v,
                               BooleanSupplier cancelled) throws SQLException {
        EventFilter filter = f == null ? EventFilter.NONE : f;
        Sort s = ListSpec.checked(kind, sort);
        ListSpec spec = ListSpec.of(kind);
        List<Object> params = new ArrayList<>();
        PageRequest all = PageRequest.first(Integer.MAX_VALUE - 1);
        String sql;
        if (walksIndex(spec, s, filter)) {
            sql = sql(c, kind, spec.id() + " AS row_id", filter, s, all, v, params, true);
        } else {
            SortOrders.Field key = sortKey(c, s, v);
            if (key == null) {
                return Landmarks.NONE;
            }
            sql = keyed(c, key, "o.id AS row_id", false, filter, s.descending(), all, v, params);
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        List<PageRequest.Cursor> cursors = new ArrayList<>();
        TopSort.lazy(c, true);
        try (PreparedStatement p = prepare(c, sql, params); ResultSet rs = p.executeQuery()) {
            for (long n = 1; rs.next(); n++) {
                if (n % every == 0) {
                    cursors.add(cursor(rs));
                }
                if ((n & CHECK_EVERY) == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
            }
        } catch (SQLException e) {
            if (UserIndex.missing(e)) {
                return Landmarks.NONE; // a large import has the index aside for a moment: pages go by offset
            }
            throw e;
        } finally {
            TopSort.lazy(c, false);
        }
        return new Landmarks(every, cursors);
    }

    /** True when the list is read in order through an index (or, for one correlation id, sorted after a time range). */
    private static boolean walksIndex(ListSpec spec, Sort s, EventFilter filter) {
        return spec.index(s.field()) != null || hasText(filter.correlationId());
    }

    /** The events' sort key for the sort, when it has one and the key covers every visible event; else null. */
    private static SortOrders.Field sortKey(Connection c, Sort s, Visible v) throws SQLException {
        SortOrders.Field key = SortOrders.Field.of(s.field());
        return key != null && SortOrders.complete(c, v) ? key : null;
    }

    private static PageRequest.Cursor cursor(ResultSet rs) throws SQLException {
        return new PageRequest.Cursor(rs.getObject("sort_value"), rs.getLong("sort_time"), rs.getLong("row_id"));
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
