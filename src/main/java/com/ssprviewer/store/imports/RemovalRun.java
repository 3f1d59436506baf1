package com.ssprviewer.store.imports;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AttemptDeriver;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.store.schema.RegistrationData;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.Strings;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.ValueCounts;
import com.ssprviewer.work.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the events of a scope and the attempts in {@code removing_attempts}, with every row derived from them,
 * inside the caller's transaction, so the store then holds what imports of the remaining rows would have written:
 * their registrations and role rows go; a flow that loses some of its events is derived again from the rest;
 * registrations whose session lost records take their data again; the latest roles of the people concerned, the
 * value counts, the sort key and the kept landmarks are brought in step; and the dictionary loses the texts no event
 * refers to any more. Between steps it reports progress and stops when cancelled (the caller rolls back).
 */
final class RemovalRun {

    /** The steps a removal reports, one unit each: marking the rows, the five of {@link #remove}, snapshots. */
    static final int STEPS = 7;

    private final Connection c;
    private final Strings strings;
    private final EventScope scope;
    private final Progress progress;
    private final ValueCounts counts = new ValueCounts();
    /** Correlation ids of removed audit events, with the time span of those events. */
    private final Map<String, long[]> flows = new HashMap<>();
    private final Set<String> roleUsers = new HashSet<>();
    private int step;
    long events;
    long policyChanges;
    long attempts;
    long registrations;
    long roles;

    RemovalRun(Connection c, Strings strings, EventScope scope, Progress progress) {
        this.c = c;
        this.strings = strings;
        this.scope = scope;
        this.progress = progress;
    }

    /** Reports one more step done and stops here when the caller cancelled. */
    void step() {
        progress.progress(++step, STEPS);
        progress.checkCancelled();
    }

    Progress progress() {
        return progress;
    }

    /** Adds the attempts the query selects (one id column) to the removal. */
    void markAttempts(String selectIds, Object... params) throws SQLException {
        update("MERGE INTO removing_attempts (id) KEY (id) " + selectIds, params);
    }

    /** Removes one person's registrations and role rows by user key (those not tied to a removed event too). */
    void removeUserRows(String userKey) throws SQLException {
        registrations += update("DELETE FROM registrations WHERE user_key = ?", userKey);
        roles += update("DELETE FROM roles WHERE user_key = ?", userKey);
        roleUsers.add(userKey);
    }

    /**
     * Removes everything in scope and brings the derived tables in step. Flows and registration sessions are looked
     * at again only around removed events from {@code nearFrom} on (older ones lose their whole flow anyway).
     * {@code keptTexts}, when given, are the dictionary ids the events that stay refer to (read by the caller's own
     * pass over every event); otherwise they are read after the removal.
     */
    void remove(long nearFrom, BitSet keptTexts) throws SQLException {
        noteFlows(nearFrom);
        markFlowAttempts();
        markAttempts("SELECT a.id FROM attempts a WHERE a.event_id IN (" + scope.ids() + ")", scopeParams());
        uncount();
        step();
        removeRoles();
        removeFromSortKey();
        step();
        registrations += update("DELETE FROM registrations WHERE event_id IN (" + scope.ids() + ")", scopeParams());
        update("DELETE FROM events e WHERE " + scope.where(), scopeParams());
        attempts = update("DELETE FROM attempts WHERE id IN (SELECT id FROM removing_attempts)");
        step();
        deriveAgain();
        for (Map.Entry<String, long[]> f : flows.entrySet()) {
            RegistrationData.refresh(c, strings, f.getKey(), f.getValue()[0] - RegistrationData.SESSION,
                    f.getValue()[1] + RegistrationData.SESSION);
        }
        latestRoles();
        counts.write(c);
        update("DELETE FROM value_counts WHERE row_count <= 0");
        update("DELETE FROM landmarks");
        update("DELETE FROM landmark_lists");
        step();
        if (events > 0) {
            Dictionary.keepOnly(c, keptTexts != null ? keptTexts : Dictionary.usedByEvents(c));
            strings.invalidate();
        }
        update("DELETE FROM removing_events");
        update("DELETE FROM removing_attempts");
        step();
    }

    private void noteFlows(long nearFrom) throws SQLException {
        try (PreparedStatement p = prepare("SELECT e.correlation_id, MIN(e.ts), MAX(e.ts) FROM events e"
                + " WHERE " + scope.where() + " AND e.ts >= ? AND e.kind = 0 AND e.correlation_id <> ''"
                + " GROUP BY e.correlation_id", scopeParams(nearFrom));
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                flows.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
    }

    /** Marks the attempts without an event of every flow that loses events: found near each flow's own span. */
    private void markFlowAttempts() throws SQLException {
        if (flows.isEmpty()) {
            return;
        }
        long[] span = span();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = prepare("SELECT id, ts, correlation_id FROM attempts USE INDEX (attempts_ts)"
                + " WHERE ts >= ? AND ts <= ? AND event_id IS NULL AND correlation_id = ANY(?)",
                span[0], span[1], flows.keySet().toArray(new String[0]));
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long[] flow = flows.get(rs.getString(3));
                long ts = rs.getLong(2);
                if (flow != null && ts >= flow[0] - Timestamps.DAY && ts <= flow[1] + Timestamps.DAY) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("MERGE INTO removing_attempts (id) KEY (id) VALUES (?)")) {
            for (long id : ids) {
                p.setLong(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The time around every flow that loses events: a day either side of their removed events. */
    private long[] span() {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (long[] f : flows.values()) {
            from = Math.min(from, f[0] - Timestamps.DAY);
            to = Math.max(to, f[1] + Timestamps.DAY);
        }
        return new long[] {from, to};
    }

    /** Role rows written from removed events go; the latest roles of their people are worked out again. */
    private void removeRoles() throws SQLException {
        String ofRemoved = " FROM roles r WHERE EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id"
                + " AND e.import_id = r.import_id AND " + scope.where() + ")";
        try (PreparedStatement p = prepare("SELECT DISTINCT r.user_key" + ofRemoved, scopeParams());
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                roleUsers.add(rs.getString(1));
            }
        }
        roles += update("DELETE" + ofRemoved, scopeParams());
    }

    private void latestRoles() throws SQLException {
        for (String user : roleUsers) {
            update("DELETE FROM latest_roles WHERE user_key = ?", user);
            update("INSERT INTO latest_roles (user_key, role, ts) SELECT user_key, role, ts FROM roles"
                    + " WHERE user_key = ? ORDER BY ts DESC, import_id DESC, event_id DESC LIMIT 1", user);
        }
    }

    /** Takes the removed events out of the sort key: one key lookup per entry, in one statement per field. */
    private void removeFromSortKey() throws SQLException {
        for (SortOrders.Field f : EnumSet.allOf(SortOrders.Field.class)) {
            update("MERGE INTO event_order o USING (SELECT e.id, e.ts, e." + f.column() + " v FROM events e WHERE "
                    + scope.where() + ") s ON (o.field = ? AND o.sort_value = s.v AND o.ts = s.ts AND o.id = s.id)"
                    + " WHEN MATCHED THEN DELETE", scopeParams(f.code()));
            progress.checkCancelled();
        }
    }

    /**
     * Counts the removed events (and policy changes), and takes the removed rows' values out of the value counts
     * (the derived attempts add theirs when written).
     */
    private void uncount() throws SQLException {
        try (PreparedStatement p = prepare("SELECT e.service, e.category, e.activity, e.status, e.reason, e.target,"
                + " e.ip, e.initiated_by, COUNT(*) FROM events e WHERE " + scope.where() + " GROUP BY e.service,"
                + " e.category, e.activity, e.status, e.reason, e.target, e.ip, e.initiated_by", scopeParams());
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                counts.removeEvents(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9));
                events += rs.getLong(9);
                if (Activities.POLICY_CHANGES.equals(rs.getString(3))) {
                    policyChanges += rs.getLong(9);
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT a.outcome, a.methods, a.details, COUNT(*)"
                + " FROM attempts a WHERE a.id IN (SELECT id FROM removing_attempts)"
                + " GROUP BY a.outcome, a.methods, a.details");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                counts.removeAttempts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
            }
        }
    }

    /** Derives again the attempts of flows that kept some of their events, from those events. */
    private void deriveAgain() throws SQLException {
        if (flows.isEmpty()) {
            return;
        }
        long[] span = span();
        Map<String, List<AuditEvent>> kept = new HashMap<>();
        try (PreparedStatement p = prepare("SELECT " + FlowEvent.COLUMNS + " FROM events USE INDEX (events_ts)"
                + " WHERE ts >= ? AND ts <= ? AND kind = 0 AND correlation_id = ANY(?) ORDER BY ts, id",
                span[0], span[1], flows.keySet().toArray(new String[0]));
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String corr = rs.getString("correlation_id");
                if (Activities.isResetFlow(rs.getString("service"), rs.getString("activity"))) {
                    kept.computeIfAbsent(corr, k -> new ArrayList<>()).add(FlowEvent.read(rs).toEvent(corr));
                }
            }
        }
        if (kept.isEmpty()) {
            return;
        }
        try (AttemptWriter writer = new AttemptWriter(c, ImportLog.nextId(c, "attempts"), Long.MAX_VALUE,
                ImportTuning.DEFAULT, counts)) {
            for (Map.Entry<String, List<AuditEvent>> flow : kept.entrySet()) {
                writer.insert(AttemptDeriver.fromFlow("corr:" + flow.getKey(), flow.getValue()));
            }
            writer.flush();
        }
        attempts -= kept.size();
    }

    private Object[] scopeParams(Object... rest) {
        List<Object> all = new ArrayList<>(scope.params());
        all.addAll(List.of(rest));
        return all.toArray();
    }

    long count(String sql, Object... params) throws SQLException {
        try (PreparedStatement p = prepare(sql, params); ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement p = prepare(sql, params)) {
            return p.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            p.setObject(i + 1, params[i]);
        }
        return p;
    }
}
