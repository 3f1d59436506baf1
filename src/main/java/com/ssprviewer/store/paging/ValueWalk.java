package com.ssprviewer.store.paging;

import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.schema.ValueCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list sorted by a few-valued text (the events' service, category, activity, status, reason; the
 * attempts' result, methods, details; a user's role, {@link RoleWalk}): the values that occur are taken in order and,
 * for each, the matching ids in (time, id) order through the time index, until the page is full; then the page's rows
 * are read by id. The order is exactly (value, time, id), the same as a full sort's. With exact counts (no filter) an
 * offset passes over whole values unread, and a common value fills a page after a few hundred rows.
 */
final class ValueWalk {

    /** Under a filter (counts unknown), deeper offsets than this are left to the full sort. */
    static final long MAX_OFFSET = 20_000;

    /** Where the ids of one value come from, and what reading them costs. */
    interface Source {
        /**
         * Adds to {@code found} up to {@code max} rows of the value in the list's order, after the row {@code after}
         * when given and after skipping {@code skip} rows; returns the rows still to skip.
         */
        long ids(Connection c, String value, PageRequest.Cursor after, long skip, int max,
                 List<PageRequest.Cursor> found) throws SQLException;

        /** About how many rows are read to reach the {@code reach}-th row of the value, in a list of {@code total}. */
        double cost(ValueCounts.Counted value, long reach, long total);
    }

    private ValueWalk() {
    }

    /**
     * Whether the walk serves a page of a counted column. With exact counts (no filter, no import running): when it
     * reads fewer rows than one scan of the whole list ({@link #cheaper}). Under a filter: events not deeper than
     * {@link #MAX_OFFSET}; never attempts, whose filters often keep a handful of rows (one user's) that the full sort
     * finds through an index, where the walk would look for them through the whole table once per value.
     */
    static boolean serves(ValueCounts.Field field, List<ValueCounts.Counted> values, boolean counted,
                          boolean descending, PageRequest page, Source source) {
        if (!counted) {
            return field.list == ListKind.EVENTS && page.offset() <= MAX_OFFSET;
        }
        return cheaper(values, descending, page, source);
    }

    /** Whether walking exactly counted values reads fewer rows than one scan of the whole list. */
    static boolean cheaper(List<ValueCounts.Counted> values, boolean descending, PageRequest page, Source source) {
        long total = values.stream().mapToLong(ValueCounts.Counted::rows).sum();
        long skip = page.offset();
        long want = page.limit() + 1L;
        double read = 0;
        for (ValueCounts.Counted v : values) {
            if (want <= 0) {
                break;
            }
            if (before(v, page, descending)) {
                continue;
            }
            if (!holdsCursor(v, page) && skip >= v.rows()) {
                skip -= v.rows();
                continue;
            }
            long reach = Math.min(v.rows(), skip + want);
            read += Math.min(total, source.cost(v, reach, total));
            want -= Math.max(0, reach - skip);
            skip = Math.max(0, skip - v.rows());
        }
        return read <= total;
    }

    /** The ids of a value through a scan of the list's table in (time, id) order, testing the column on each row. */
    static Source column(ListSpec spec, String column, boolean descending, FilterSql.Where where) {
        return new Source() {
            @Override
            public long ids(Connection c, String value, PageRequest.Cursor after, long skip, int max,
                            List<PageRequest.Cursor> found) throws SQLException {
                return scan(c, spec, spec.timeOrderFrom(column, where), column + " = ?", value, after, descending,
                        where, skip, max, found);
            }

            @Override
            public double cost(ValueCounts.Counted value, long reach, long total) {
                return (double) reach * total / value.rows();
            }
        };
    }

    static <T> Page<T> run(Connection c, ListSpec spec, List<ValueCounts.Counted> values, boolean counted,
                           boolean descending, String columns, PageRequest page, Source source,
                           PageQuery.RowReader<T> reader) throws SQLException {
        long skip = page.offset();
        int want = page.limit() + 1;
        List<PageRequest.Cursor> found = new ArrayList<>();
        for (ValueCounts.Counted v : values) {
            if (found.size() >= want) {
                break;
            }
            if (before(v, page, descending)) {
                continue;
            }
            PageRequest.Cursor after = holdsCursor(v, page) ? page.after() : null;
            if (counted && after == null && skip >= v.rows()) {
                skip -= v.rows();
                continue;
            }
            skip = source.ids(c, v.value(), after, skip, want - found.size(), found);
        }
        boolean more = found.size() > page.limit();
        List<PageRequest.Cursor> rows = more ? found.subList(0, page.limit()) : found;
        List<T> out = PageQuery.rowsById(c, spec, columns, rows.stream().map(PageRequest.Cursor::id).toList(),
                reader);
        return new Page<>(out, more ? rows.get(rows.size() - 1) : null);
    }

    /**
     * Adds up to {@code max} rows of {@code from} that meet {@code test} (one parameter, the value) and the condition,
     * in (time, id) order after the row {@code after} (when given) and after skipping {@code skip}; returns the rows
     * still to skip.
     */
    static long scan(Connection c, ListSpec spec, String from, String test, String value, PageRequest.Cursor after,
                     boolean descending, FilterSql.Where where, long skip, int max, List<PageRequest.Cursor> found)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        if (test.contains("?")) {
            params.add(value);
        }
        params.addAll(where.params());
        String time = spec.timeColumn();
        StringBuilder sql = new StringBuilder("SELECT ").append(spec.id()).append(", ").append(time)
                .append(" FROM ").append(from).append(" WHERE ").append(test).append(" AND ").append(where.sql());
        if (after != null) {
            sql.append(" AND (").append(time).append(", ").append(spec.id()).append(descending ? ") < (?, ?)"
                    : ") > (?, ?)");
            params.add(after.time());
            params.add(after.id());
        }
        String dir = descending ? " DESC" : " ASC";
        sql.append(" ORDER BY ").append(time).append(dir).append(", ").append(spec.id()).append(dir)
                .append(" LIMIT ?");
        params.add(skip + max);
        long skipped = 0;
        try (PreparedStatement p = PageQuery.prepare(c, sql.toString(), params); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                if (skipped < skip) {
                    skipped++;
                    continue;
                }
                found.add(new PageRequest.Cursor(value, rs.getLong(2), rs.getLong(1)));
            }
        }
        return skip - skipped;
    }

    /** Whether the value comes before the page's cursor, so none of its rows is on the page. */
    private static boolean before(ValueCounts.Counted v, PageRequest page, boolean descending) {
        if (page.after() == null) {
            return false;
        }
        int cmp = v.value().compareTo(String.valueOf(page.after().sortValue()));
        return descending ? cmp > 0 : cmp < 0;
    }

    /** Whether the page's cursor is a row of this value, so the value is read from the cursor on. */
    private static boolean holdsCursor(ValueCounts.Counted v, PageRequest page) {
        return page.after() != null && v.value().equals(String.valueOf(page.after().sortValue()));
    }
}
