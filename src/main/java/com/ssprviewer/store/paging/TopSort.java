package com.ssprviewer.store.paging;

import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.schema.SharedTexts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One page of a list sorted by a column without an index. H2 would materialise every matching row before sorting
 * and spill to disk past {@code MAX_MEMORY_ROWS}; instead the ids and sort values stream lazily through a bounded
 * heap of {@code offset + limit + 1} entries, and only the page's rows are then read in full. Text order is H2's
 * (binary {@link String#compareTo}), then the time, then the id, all in the sort's direction.
 */
final class TopSort {

    /** Distinct values shared so that equal values compare by identity (few-valued columns have a handful). */
    private static final int SHARED_VALUES = 4096;

    private record Entry(String value, long time, long id) {
    }

    private TopSort() {
    }

    static <T> Page<T> run(Connection c, ListSpec spec, String column, boolean descending, String columns,
                           FilterSql.Where where, PageRequest page, PageQuery.RowReader<T> reader)
            throws SQLException {
        Comparator<Entry> order = (a, b) -> {
            int byValue = a.value() == b.value() ? 0 : a.value().compareTo(b.value());
            if (byValue != 0) {
                return byValue;
            }
            int byTime = Long.compare(a.time(), b.time());
            return byTime != 0 ? byTime : Long.compare(a.id(), b.id());
        };
        if (descending) {
            order = order.reversed();
        }
        int skip = (int) Math.min(page.offset(), Integer.MAX_VALUE / 2);
        int keep = skip + page.limit() + 1;
        PriorityQueue<Entry> worst = new PriorityQueue<>(keep + 1, order.reversed());
        List<Object> params = new ArrayList<>(where.params());
        StringBuilder sql = new StringBuilder("SELECT ").append(spec.id()).append(", ").append(column).append(", ")
                .append(spec.timeColumn()).append(" FROM ").append(spec.scanFrom(column, where)).append(" WHERE ")
                .append(where.sql());
        if (page.after() != null) {
            sql.append(" AND (").append(column).append(", ").append(spec.timeColumn()).append(", ").append(spec.id())
                    .append(descending ? ") < (?, ?, ?)" : ") > (?, ?, ?)");
            params.add(page.after().sortValue());
            params.add(page.after().time());
            params.add(page.after().id());
        }
        if (!spec.readsRoles(column, where)) {
            // rows come through the table itself, in the sort's id direction: the cheapest read of every row
            sql.append(" ORDER BY ").append(spec.id()).append(descending ? " DESC" : "");
        }
        SharedTexts shared = new SharedTexts(SHARED_VALUES);
        lazy(c, true);
        try (PreparedStatement p = PageQuery.prepare(c, sql.toString(), params); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Entry e = new Entry(shared.share(rs.getString(2)), rs.getLong(3), rs.getLong(1));
                if (worst.size() < keep) {
                    worst.add(e);
                } else if (order.compare(e, worst.peek()) < 0) {
                    worst.poll();
                    worst.add(e);
                }
            }
        } finally {
            lazy(c, false);
        }
        List<Entry> ranked = new ArrayList<>(worst);
        ranked.sort(order);
        List<Entry> wanted = ranked.subList(Math.min(skip, ranked.size()), ranked.size());
        boolean more = wanted.size() > page.limit();
        List<Entry> rows = more ? wanted.subList(0, page.limit()) : wanted;
        List<T> out = PageQuery.rowsById(c, spec, columns, rows.stream().map(Entry::id).toList(), reader);
        Entry last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new Page<>(out, more ? new PageRequest.Cursor(last.value(), last.time(), last.id()) : null);
    }

    /** Streams results row by row instead of materialising them (H2 spills past {@code MAX_MEMORY_ROWS}). */
    static void lazy(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(on ? "SET LAZY_QUERY_EXECUTION TRUE" : "SET LAZY_QUERY_EXECUTION FALSE");
        }
    }
}
