package com.ssprviewer.store.paging;

import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.TextQuery;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.TextValues;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.ValueCounts;
import com.ssprviewer.store.schema.Visible;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A {@link TextQuery} as conditions of one list. Each term becomes "any of its columns contains it" (a GUID: the
 * correlation id equals it); an excluded term is negated. A column whose values the store keeps (the few-valued ones
 * in {@code value_counts}, the events' target, IP and initiated by in {@code text_values}) is asked first: a column
 * no value of which contains the term drops out, and a term no column can match makes the whole search match nothing
 * without reading an event, while a term every value of a column contains needs no condition at all. When a term
 * matches only a few values of the events' many-valued texts, their events are looked up in the sort key and the
 * search reads those events by id.
 */
final class TextSearch {

    /** The most events a term may name for the search to read them by id rather than walk the list in order. */
    static final int BY_ID_MAX = 20_000;

    /** The most matching values looked up per column; more than that and the term is walked in order. */
    private static final int VALUES_MAX = 2_000;

    /** Where a column's values are known: counted few-valued texts, the events' keyed texts, or nowhere. */
    private enum Source { COUNTED, KEYED, SCAN, CORRELATION }

    private record Column(String sql, Source source, ValueCounts.Field counted, SortOrders.Field keyed) {
    }

    /** One term's condition, and for a term that reaches only keyed values, those values by field. */
    private record Matched(String sql, List<Object> params, long rows, List<Object[]> keyed, boolean flowOnly) {
    }

    /** A term every value of one of its columns contains ("fabrikam" in every user name): every row matches it. */
    private static final Matched ALWAYS = new Matched("TRUE", List.of(), 0, null, false);

    final List<String> conditions = new ArrayList<>();
    final List<Object> params = new ArrayList<>();
    boolean readsRoles;
    boolean byIds;
    boolean nothing;

    private TextSearch() {
    }

    static TextSearch of(Connection c, ListKind kind, TextQuery q, Visible v) throws SQLException {
        TextSearch s = new TextSearch();
        Matched fewest = null;
        for (TextQuery.Term t : q.terms()) {
            if (s.nothing) {
                break;
            }
            Matched m = s.match(c, kind, t);
            if (m == null || m == ALWAYS) {
                s.nothing |= (m == null) != t.excluded();
                continue;
            }
            s.conditions.add(t.excluded() ? "NOT " + m.sql() : m.sql());
            s.params.addAll(m.params());
            if (!t.excluded() && m.flowOnly() && kind != ListKind.ATTEMPTS) {
                s.flowTime(c, t.lower(), v);
            }
            if (!t.excluded() && m.keyed() != null && (fewest == null || m.rows() < fewest.rows())) {
                fewest = m;
            }
        }
        if (!s.nothing && fewest != null && fewest.rows() <= BY_ID_MAX && SortOrders.complete(c, v)) {
            s.conditions.add("e.id = ANY(?)");
            s.params.add(ids(c, fewest.keyed()));
            s.byIds = true;
        }
        return s;
    }

    /** The term's condition over the columns that can match it, or null when none can. */
    private Matched match(Connection c, ListKind kind, TextQuery.Term t) throws SQLException {
        String pattern = "%" + escape(t.lower()) + "%";
        List<String> ors = new ArrayList<>();
        List<Object> ps = new ArrayList<>();
        List<Object[]> keyed = new ArrayList<>();
        long rows = 0;
        boolean onlyKeyed = true;
        for (Column col : columns(kind, t.field())) {
            if (col.source() == Source.CORRELATION) {
                if (t.guid()) {
                    ors.add("LOWER(" + col.sql() + ") = ?");
                    ps.add(t.lower());
                    onlyKeyed = false;
                }
                continue;
            }
            if (col.source() == Source.KEYED) {
                List<TextValues.Match> values = TextValues.matching(c, col.keyed(), pattern, VALUES_MAX);
                if (values.isEmpty()) {
                    continue;
                }
                boolean many = values.size() > VALUES_MAX;
                long[] share = many ? share(c, "text_values", col.keyed().code(), pattern)
                        : new long[] {values.size(), TextValues.count(c, col.keyed())};
                if (share[0] == share[1]) {
                    return ALWAYS;
                }
                onlyKeyed &= !many;
                for (TextValues.Match m : values) {
                    rows += m.rows();
                    keyed.add(new Object[] {col.keyed().code(), m.value()});
                }
            } else if (col.source() == Source.COUNTED) {
                long[] share = share(c, "value_counts", col.counted().code(), pattern);
                if (share[0] == 0) {
                    continue;
                }
                if (share[0] == share[1]) {
                    return ALWAYS;
                }
                onlyKeyed = false;
            } else {
                onlyKeyed = false;
                readsRoles |= col.sql().contains("r.");
            }
            ors.add(col.sql() + " ILIKE ? ESCAPE '\\'");
            ps.add(pattern);
        }
        if (ors.isEmpty()) {
            return null;
        }
        boolean flowOnly = t.guid() && ors.size() == 1 && ors.get(0).startsWith("LOWER(");
        return new Matched("(" + String.join(" OR ", ors) + ")", ps, rows, onlyKeyed ? keyed : null, flowOnly);
    }

    /**
     * Events have no correlation-id index (random keys slow imports down): a search for a flow's id finds its events
     * through the time index, within a day of its attempt when there is one (as the correlation filter does).
     */
    private void flowTime(Connection c, String corr, Visible v) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MIN(ts), MAX(ts) FROM attempts"
                + " WHERE LOWER(correlation_id) = ? AND id < ?")) {
            p.setString(1, corr);
            p.setLong(2, v.attemptLimit());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                if (!rs.wasNull()) {
                    conditions.add("e.ts >= ?");
                    params.add(min - Timestamps.DAY);
                    conditions.add("e.ts < ?");
                    params.add(rs.getLong(2) + 2 * Timestamps.DAY);
                }
            }
        }
    }

    /** The searched columns of a list for a field; a field the list does not have has none. */
    private static List<Column> columns(ListKind kind, TextQuery.Field field) {
        return switch (kind) {
            case EVENTS, POLICY -> TextColumns.events(field);
            case ATTEMPTS -> TextColumns.attempts(field);
            case REGISTRATIONS -> TextColumns.registrations(field);
        };
    }

    /**
     * How many of a field's stored values contain the pattern, and how many it has ({@code table} is one of the two
     * value tables, never typed text).
     */
    private static long[] share(Connection c, String table, int field, String pattern) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FILTER (WHERE text_value ILIKE ? ESCAPE '\\'),"
                + " COUNT(*) FROM " + table + " WHERE field = ? AND row_count > 0")) {
            p.setString(1, pattern);
            p.setInt(2, field);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** The ids of the events carrying any of the values, from the sort key (one key range per value), ascending. */
    private static Long[] ids(Connection c, List<Object[]> keyed) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id FROM event_order WHERE field = ? AND sort_value = ?")) {
            for (Object[] k : keyed) {
                p.setInt(1, (Integer) k[0]);
                p.setString(2, (String) k[1]);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return ids.toArray(Long[]::new);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The columns each list searches, per field (see the README's "Searching"). */
    static final class TextColumns {

        private TextColumns() {
        }

        private static Column counted(String sql, ValueCounts.Field f) {
            return new Column(sql, Source.COUNTED, f, null);
        }

        private static Column keyed(String sql, SortOrders.Field f) {
            return new Column(sql, Source.KEYED, null, f);
        }

        private static Column scan(String sql) {
            return new Column(sql, Source.SCAN, null, null);
        }

        private static Column correlation(String sql) {
            return new Column(sql, Source.CORRELATION, null, null);
        }

        static List<Column> events(TextQuery.Field field) {
            Column target = keyed("e.target", SortOrders.Field.TARGET);
            Column actor = keyed("e.initiated_by", SortOrders.Field.INITIATED_BY);
            Column ip = keyed("e.ip", SortOrders.Field.IP);
            Column activity = counted("e.activity", ValueCounts.Field.ACTIVITY);
            Column status = counted("e.status", ValueCounts.Field.STATUS);
            Column reason = counted("e.reason", ValueCounts.Field.REASON);
            return switch (field) {
                case ANY -> List.of(counted("e.service", ValueCounts.Field.SERVICE),
                        counted("e.category", ValueCounts.Field.CATEGORY), activity, status, reason, actor, target,
                        ip, correlation("e.correlation_id"));
                case USER -> List.of(actor, target);
                case TARGET -> List.of(target);
                case IP -> List.of(ip);
                case ACTIVITY -> List.of(activity);
                case RESULT -> List.of(status);
                case DETAILS -> List.of(reason);
            };
        }

        static List<Column> attempts(TextQuery.Field field) {
            Column user = scan("a.user_key");
            Column result = counted("a.outcome", ValueCounts.Field.RESULT);
            Column details = counted("a.details", ValueCounts.Field.DETAILS);
            Column ip = scan("a.ip");
            return switch (field) {
                case ANY -> List.of(user, scan("COALESCE(r.role, '')"), counted("a.methods", ValueCounts.Field.METHODS),
                        result, details, ip, correlation("a.correlation_id"));
                case USER -> List.of(user);
                case TARGET, ACTIVITY -> List.of();
                case IP -> List.of(ip);
                case RESULT -> List.of(result);
                case DETAILS -> List.of(details);
            };
        }

        static List<Column> registrations(TextQuery.Field field) {
            Column user = scan("g.user_key");
            Column methods = scan("g.methods");
            Column activity = scan("g.activity");
            return switch (field) {
                case ANY -> List.of(user, scan("COALESCE(r.role, '')"), methods, activity);
                case USER -> List.of(user);
                case TARGET, IP -> List.of();
                case ACTIVITY -> List.of(activity);
                case RESULT -> List.of(scan("g.status"));
                case DETAILS -> List.of(methods);
            };
        }
    }
}
