package com.ssprviewer.store.paging;

import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.api.PolicyChange;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.schema.Columns;
import com.ssprviewer.store.schema.EventCodec;
import com.ssprviewer.store.schema.Strings;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.ValueCounts;
import com.ssprviewer.store.schema.Visible;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The read side of the store: row mapping for the lists, counts, streams and distinct values. */
public final class Queries {

    public static final String EVENT_COLUMNS = "e.id AS row_id, e.ts, e.service, e.category, e.activity, e.status,"
            + " e.reason, e.initiated_by, e.target, e.ip, e.correlation_id, e.kind";
    public static final String ATTEMPT_COLUMNS = "a.id AS row_id, a.user_key, r.role, a.ts, a.methods, a.outcome,"
            + " a.details, a.ip, a.correlation_id, a.event_count, a.event_id";
    public static final String POLICY_COLUMNS = "e.id AS row_id, e.ts, e.initiated_by, e.status, e.reason, e.detail,"
            + " e.ip";
    public static final String REGISTRATION_COLUMNS = "g.event_id AS row_id, g.user_key, r.role, g.ts, g.methods,"
            + " g.status, g.activity";

    private static final Map<String, String> DISTINCT = Map.of("service", "e.service", "category", "e.category",
            "activity", "e.activity", "status", "e.status");

    private Queries() {
    }

    public static EventRow eventRow(ResultSet rs) throws SQLException {
        return new EventRow(rs.getLong("row_id"), Timestamps.fromNanos(rs.getLong("ts")), rs.getString("service"),
                rs.getString("category"), rs.getString("activity"), Columns.status(rs.getString("status")),
                rs.getString("reason"), Columns.orNull(rs.getString("initiated_by")),
                Columns.orNull(rs.getString("target")), Columns.orNull(rs.getString("ip")),
                Columns.orNull(rs.getString("correlation_id")), EventKind.ofCode(rs.getInt("kind")));
    }

    /**
     * Reads the columns by position, in the order of {@link #ATTEMPT_COLUMNS} (every query selects them first): by
     * name, H2 upper-cases and looks up each label on every row, a large share of the time of streaming a big
     * store's attempts.
     */
    public static AttemptRow attemptRow(ResultSet rs) throws SQLException {
        String corr = Columns.orNull(rs.getString(9));
        String key = corr != null ? "corr:" + corr : "event:" + rs.getLong(11);
        ResetAttempt a = new ResetAttempt(key, Columns.orNull(rs.getString(2)), rs.getString(3),
                Timestamps.fromNanos(rs.getLong(4)), Columns.methods(rs.getString(5)),
                Columns.outcome(rs.getString(6)), rs.getString(7), Columns.orNull(rs.getString(8)), corr,
                rs.getInt(10));
        return new AttemptRow(rs.getLong(1), a);
    }

    /** Reads the columns by position, in the order of {@link #REGISTRATION_COLUMNS}. */
    public static Registration registration(ResultSet rs) throws SQLException {
        return new Registration(rs.getLong(1), Columns.orNull(rs.getString(2)), rs.getString(3),
                Timestamps.fromNanos(rs.getLong(4)), Columns.methods(rs.getString(5)), Columns.status(rs.getString(6)),
                rs.getString(7));
    }

    /** Reads the rows of {@link #POLICY_COLUMNS}, decoding each event's detail for its modified properties. */
    public static PageQuery.RowReader<PolicyChange> policyChange(Connection c, Strings dict) {
        EventCodec codec = new EventCodec(dict, c);
        return rs -> {
            EventCodec.Detail d = codec.decode(rs.getString("detail"), Columns.orNull(rs.getString("ip")));
            List<ModifiedProperty> changes = new ArrayList<>();
            d.targets().forEach(t -> changes.addAll(t.modifiedProperties()));
            return new PolicyChange(rs.getLong("row_id"), Timestamps.fromNanos(rs.getLong("ts")),
                    Columns.orNull(rs.getString("initiated_by")), Columns.status(rs.getString("status")),
                    Columns.orNull(rs.getString("reason")), changes);
        };
    }

    public static long count(Connection c, ListKind kind, EventFilter f, Visible v) throws SQLException {
        if ((kind == ListKind.EVENTS || kind == ListKind.POLICY) && v.everything() && f != null) {
            Long counted = ValueCounts.count(c, kind.within(f));
            if (counted != null) {
                return counted;
            }
        }
        ListSpec spec = ListSpec.of(kind);
        FilterSql.Where w = FilterSql.build(c, kind, f == null ? EventFilter.NONE : f, v);
        String sql = "SELECT COUNT(*) FROM " + spec.scanFrom(null, w) + " WHERE " + w.sql();
        try (PreparedStatement p = PageQuery.prepare(c, sql, w.params()); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Streams a whole filtered list in time order, oldest first, without holding it in memory: lazily, since H2
     * otherwise materialises the whole result first and writes it to a temporary file past 40,000 rows.
     */
    public static <T> void forEach(Connection c, ListKind kind, String columns, EventFilter f, Visible v,
                            PageQuery.RowReader<T> reader, Consumer<T> sink) throws SQLException {
        ListSpec spec = ListSpec.of(kind);
        FilterSql.Where w = FilterSql.build(c, kind, f == null ? EventFilter.NONE : f, v);
        String time = spec.sortColumn(kind.defaultSort().field());
        String sql = "SELECT " + columns + " FROM " + spec.fromClause(spec.index(kind.defaultSort().field()))
                + " WHERE " + w.sql() + " ORDER BY " + time + ", " + spec.id();
        stream(c, sql, w.params(), reader, sink);
    }

    /**
     * Streams a whole filtered list in storage order (no order promised), lazily: for answers that do not depend on
     * the order, this walks the table's primary key instead of visiting every row again through the time index.
     */
    public static <T> void forEachUnordered(Connection c, ListKind kind, String columns, EventFilter f, Visible v,
                                            PageQuery.RowReader<T> reader, Consumer<T> sink) throws SQLException {
        ListSpec spec = ListSpec.of(kind);
        FilterSql.Where w = FilterSql.build(c, kind, f == null ? EventFilter.NONE : f, v);
        String sql = "SELECT " + columns + " FROM " + spec.fromClause(null) + " WHERE " + w.sql();
        stream(c, sql, w.params(), reader, sink);
    }

    /** Runs {@code sql} lazily (H2 would otherwise materialise the whole result) and hands each row to the sink. */
    private static <T> void stream(Connection c, String sql, List<Object> params, PageQuery.RowReader<T> reader,
                                   Consumer<T> sink) throws SQLException {
        TopSort.lazy(c, true);
        try (PreparedStatement p = PageQuery.prepare(c, sql, params); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                sink.accept(reader.read(rs));
            }
        } finally {
            TopSort.lazy(c, false);
        }
    }

    public static List<String> distinctValues(Connection c, String column, EventFilter within, Visible v)
            throws SQLException {
        FilterSql.Where w = FilterSql.build(c, ListKind.EVENTS, within == null ? EventFilter.NONE : within, v);
        String sql;
        if ("role".equals(column)) {
            sql = "SELECT DISTINCT l.role FROM latest_roles l WHERE l.user_key IN (SELECT e.user_key FROM events e"
                    + " WHERE " + w.sql() + ") ORDER BY l.role";
        } else if (DISTINCT.containsKey(column)) {
            String col = DISTINCT.get(column);
            sql = "SELECT DISTINCT " + col + " FROM events e WHERE " + w.sql() + " AND " + col + " <> '' ORDER BY "
                    + col;
        } else {
            throw new IllegalArgumentException("No distinct values for '" + column
                    + "'; ask for one of: service, category, activity, status, role.");
        }
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = PageQuery.prepare(c, sql, w.params()); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
