package com.ssprviewer.store.paging;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.TextQuery;
import com.ssprviewer.store.schema.Columns;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.Visible;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one place an {@link EventFilter} becomes SQL: a WHERE clause with bound parameters for one list. Set filters
 * are IN lists of the stored values (as {@code distinctValues} returns them; statuses and outcomes by their stored
 * codes), roles compare case-insensitively, text filters are case-insensitive "contains", the free text is a
 * {@link TextQuery} ({@link TextSearch}), methods match any of,
 * details of attempts match exactly. A field that does not apply to a list is ignored (attempts have no service;
 * registrations no correlation id). Rows of a running import are never visible.
 */
final class FilterSql {

    /**
     * A condition and its parameters, in order.
     *
     * @param readsRoles true when the condition reads the role join ({@code r.role}); without it a count can do
     *                   with the list's own table
     * @param byIds      true when the condition names the few events a search found ({@link TextSearch}): a page
     *                   reads those by id instead of walking the list's index
     */
    record Where(String sql, List<Object> params, boolean readsRoles, boolean byIds) {
    }

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private boolean readsRoles;

    private FilterSql() {
    }

    static Where build(Connection c, ListKind kind, EventFilter filter, Visible v) throws SQLException {
        EventFilter f = kind.within(filter);
        FilterSql w = new FilterSql();
        ListSpec s = ListSpec.of(kind);
        if (!v.everything()) {
            w.add(s.id() + " < ?", s.visibleBelow().applyAsLong(v));
        }
        long[] span = f.from() == null && f.to() == null ? null : span(c, kind);
        if (f.from() != null && Timestamps.toNanos(f.from()) > span[0]) {
            w.add(s.alias() + "." + s.time() + " >= ?", Timestamps.toNanos(f.from()));
        }
        if (f.to() != null && Timestamps.toNanos(f.to()) <= span[1]) {
            w.add(s.alias() + "." + s.time() + " < ?", Timestamps.toNanos(f.to()));
        }
        FilterSql listed = switch (kind) {
            case EVENTS, POLICY -> w.events(f).correlationTime(c, f.correlationId(), v);
            case ATTEMPTS -> w.attempts(f);
            case REGISTRATIONS -> w.registrations(f);
        };
        TextSearch text = TextSearch.of(c, kind, TextQuery.parse(f.text()), v);
        if (text.nothing) {
            return new Where("FALSE", List.of(), false, false);
        }
        listed.conditions.addAll(text.conditions);
        listed.params.addAll(text.params);
        String sql = listed.conditions.isEmpty() ? "TRUE" : String.join(" AND ", listed.conditions);
        return new Where(sql, listed.params, listed.readsRoles || text.readsRoles, text.byIds);
    }

    /**
     * The oldest and newest time in the list's table (both indexed, so instant): a date range that covers all of it
     * adds no condition, and counting "all time" stays a count of the table instead of a walk of the time index.
     */
    private static long[] span(Connection c, ListKind kind) throws SQLException {
        ListSpec s = ListSpec.of(kind);
        try (PreparedStatement p = c.prepareStatement("SELECT MIN(" + s.time() + "), MAX(" + s.time() + ") FROM "
                + s.tableName());
             ResultSet rs = p.executeQuery()) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? new long[] {Long.MIN_VALUE, Long.MIN_VALUE} : new long[] {min, rs.getLong(2)};
        }
    }

    private FilterSql events(EventFilter f) {
        in("e.service", f.services(), Function.identity());
        in("e.category", f.categories(), Function.identity());
        in("e.activity", f.activities(), Function.identity());
        in("e.status", f.statuses(), Status::code);
        in("e.result", f.results(), Outcome::code);
        methods("e.methods", f.methods());
        contains(f.user(), "e.initiated_by", "e.target");
        contains(f.initiatedBy(), "e.initiated_by");
        contains(f.target(), "e.target");
        if (!f.roles().isEmpty()) {
            conditions.add("e.user_key IN (SELECT user_key FROM latest_roles WHERE LOWER(role) IN ("
                    + marks(f.roles().size()) + "))");
            f.roles().forEach(r -> params.add(r.strip().toLowerCase(Locale.ROOT)));
        }
        exact("e.correlation_id", f.correlationId());
        return this;
    }

    /**
     * Events have no correlation-id index (random keys slow imports down): the events of a correlation id are found
     * through the time index, within a day of its attempt when there is one; otherwise the filter scans.
     */
    private FilterSql correlationTime(Connection c, String corr, Visible v) throws SQLException {
        if (corr == null || corr.isBlank()) {
            return this;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT MIN(ts), MAX(ts) FROM attempts"
                + " WHERE correlation_id = ? AND id < ?")) {
            p.setString(1, corr.strip());
            p.setLong(2, v.attemptLimit());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                if (!rs.wasNull()) {
                    add("e.ts >= ?", min - Timestamps.DAY);
                    add("e.ts < ?", rs.getLong(2) + 2 * Timestamps.DAY);
                }
            }
        }
        return this;
    }

    private FilterSql attempts(EventFilter f) {
        in("a.outcome", f.results(), Outcome::code);
        methods("a.methods_mask", f.methods());
        contains(f.user(), "a.user_key");
        roles(f.roles());
        exact("a.correlation_id", f.correlationId());
        in("a.details", f.details(), Function.identity());
        return this;
    }

    private FilterSql registrations(EventFilter f) {
        in("g.activity", f.activities(), Function.identity());
        in("g.status", f.statuses(), Status::code);
        methods("g.methods_mask", f.methods());
        contains(f.user(), "g.user_key");
        roles(f.roles());
        return this;
    }

    private void add(String sql, Object param) {
        conditions.add(sql);
        params.add(param);
    }

    private <T> void in(String column, Collection<T> values, Function<T, String> toText) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (" + marks(values.size()) + ")");
            values.stream().map(toText).sorted().forEach(params::add);
        }
    }

    private void roles(Collection<String> roles) {
        if (!roles.isEmpty()) {
            readsRoles = true;
            conditions.add("LOWER(r.role) IN (" + marks(roles.size()) + ")");
            roles.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).sorted().forEach(params::add);
        }
    }

    private void methods(String column, Collection<Method> methods) {
        if (!methods.isEmpty()) {
            add("BITAND(" + column + ", CAST(? AS INT)) <> 0", Columns.mask(methods));
        }
    }

    private void contains(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return;
        }
        String pattern = "%" + TextSearch.escape(text.strip()) + "%";
        List<String> ors = new ArrayList<>();
        for (String column : columns) {
            readsRoles |= column.startsWith("r.");
            ors.add(column + " ILIKE ? ESCAPE '\\'");
            params.add(pattern);
        }
        conditions.add(ors.size() == 1 ? ors.get(0) : "(" + String.join(" OR ", ors) + ")");
    }

    private void exact(String column, String value) {
        if (value != null && !value.isBlank()) {
            add(column + " = ?", value.strip());
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
