package com.ssprviewer.store.imports;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AttemptDeriver;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.store.schema.EventCodec;
import com.ssprviewer.store.schema.RegistrationData;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.Strings;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.ValueCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the events listed in {@code removing_events} and the attempts in {@code removing_attempts}, with every row
 * derived from them, inside the caller's transaction, so the store then holds what imports of the remaining rows
 * would have written: their registrations and role rows go; a flow that loses some of its events is derived again
 * from the rest; registrations whose session lost records take their data again; the latest roles of the people
 * concerned, the value counts, the sort key and the kept landmarks are brought in step; and the dictionary loses
 * the texts no event refers to any more.
 */
final class RemovalRun {

    private final Connection c;
    private final Strings strings;
    /** Correlation ids of removed audit events, with the time span of those events. */
    private final Map<String, long[]> flows = new HashMap<>();
    private final Set<String> roleUsers = new HashSet<>();
    long events;
    long policyChanges;
    long attempts;
    long registrations;
    long roles;

    RemovalRun(Connection c, Strings strings) {
        this.c = c;
        this.strings = strings;
    }

    /** Adds the events the query selects (one id column) to the removal. */
    void markEvents(String selectIds, Object... params) throws SQLException {
        update("MERGE INTO removing_events (id) KEY (id) " + selectIds, params);
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
     * Removes everything marked and brings the derived tables in step. Flows and registration sessions are looked
     * at again only around removed events from {@code nearFrom} on (older ones lose their whole flow anyway).
     */
    void remove(long nearFrom) throws SQLException {
        noteFlows(nearFrom);
        for (Map.Entry<String, long[]> f : flows.entrySet()) {
            markAttempts("SELECT id FROM attempts WHERE ts >= ? AND ts <= ? AND correlation_id = ?"
                    + " AND event_id IS NULL", f.getValue()[0] - Timestamps.DAY, f.getValue()[1] + Timestamps.DAY,
                    f.getKey());
        }
        markAttempts("SELECT a.id FROM attempts a WHERE a.event_id IN (SELECT id FROM removing_events)");
        events = count("SELECT COUNT(*) FROM removing_events");
        policyChanges = count("SELECT COUNT(*) FROM events WHERE id IN (SELECT id FROM removing_events)"
                + " AND activity = ?", Activities.POLICY_CHANGES);
        removeRoles();
        removeFromSortKey();
        registrations += update("DELETE FROM registrations WHERE event_id IN (SELECT id FROM removing_events)");
        update("DELETE FROM events WHERE id IN (SELECT id FROM removing_events)");
        attempts = update("DELETE FROM attempts WHERE id IN (SELECT id FROM removing_attempts)");
        deriveAgain();
        for (Map.Entry<String, long[]> f : flows.entrySet()) {
            RegistrationData.refresh(c, strings, f.getKey(), f.getValue()[0] - RegistrationData.SESSION,
                    f.getValue()[1] + RegistrationData.SESSION);
        }
        latestRoles();
        ValueCounts.recount(c);
        update("DELETE FROM landmarks");
        update("DELETE FROM landmark_lists");
        if (events > 0) {
            pruneDictionary();
        }
        update("DELETE FROM removing_events");
        update("DELETE FROM removing_attempts");
    }

    private void noteFlows(long nearFrom) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT correlation_id, MIN(ts), MAX(ts) FROM events"
                + " WHERE id IN (SELECT id FROM removing_events) AND kind = 0 AND correlation_id <> ''"
                + " AND ts >= ? GROUP BY correlation_id")) {
            p.setLong(1, nearFrom);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    flows.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
    }

    /** Role rows written from removed events go; the latest roles of their people are worked out again. */
    private void removeRoles() throws SQLException {
        String ofRemoved = " FROM roles r WHERE EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id"
                + " AND e.import_id = r.import_id AND e.id IN (SELECT id FROM removing_events))";
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT r.user_key" + ofRemoved);
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                roleUsers.add(rs.getString(1));
            }
        }
        roles += update("DELETE" + ofRemoved);
    }

    private void latestRoles() throws SQLException {
        for (String user : roleUsers) {
            update("DELETE FROM latest_roles WHERE user_key = ?", user);
            update("INSERT INTO latest_roles (user_key, role, ts) SELECT user_key, role, ts FROM roles"
                    + " WHERE user_key = ? ORDER BY ts DESC, import_id DESC, event_id DESC LIMIT 1", user);
        }
    }

    /** Takes the removed events out of the sort key, entry by entry (its key is text first). */
    private void removeFromSortKey() throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT id, target, ip, initiated_by FROM events"
                + " WHERE id IN (SELECT id FROM removing_events)");
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM event_order WHERE field = ? AND sort_value = ? AND id = ?");
             ResultSet rs = read.executeQuery()) {
            int pending = 0;
            while (rs.next()) {
                for (SortOrders.Field f : EnumSet.allOf(SortOrders.Field.class)) {
                    delete.setInt(1, f.code());
                    delete.setString(2, rs.getString(f.column()));
                    delete.setLong(3, rs.getLong(1));
                    delete.addBatch();
                }
                if (++pending % 1000 == 0) {
                    delete.executeBatch();
                }
            }
            delete.executeBatch();
        }
    }

    /** Derives again the attempts of flows that kept some of their events, from those events. */
    private void deriveAgain() throws SQLException {
        if (flows.isEmpty()) {
            return;
        }
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (long[] span : flows.values()) {
            from = Math.min(from, span[0] - Timestamps.DAY);
            to = Math.max(to, span[1] + Timestamps.DAY);
        }
        Map<String, List<AuditEvent>> kept = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + FlowEvent.COLUMNS
                + " FROM events USE INDEX (events_ts) WHERE ts >= ? AND ts <= ? AND kind = 0"
                + " AND correlation_id <> '' ORDER BY ts, id")) {
            p.setLong(1, from);
            p.setLong(2, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String corr = rs.getString("correlation_id");
                    if (flows.containsKey(corr) && Activities.isResetFlow(rs.getString("service"),
                            rs.getString("activity"))) {
                        kept.computeIfAbsent(corr, k -> new ArrayList<>()).add(FlowEvent.read(rs).toEvent(corr));
                    }
                }
            }
        }
        if (kept.isEmpty()) {
            return;
        }
        try (AttemptWriter writer = new AttemptWriter(c, ImportLog.nextId(c, "attempts"), Long.MAX_VALUE,
                ImportTuning.DEFAULT, new ValueCounts())) {
            for (Map.Entry<String, List<AuditEvent>> flow : kept.entrySet()) {
                writer.insert(AttemptDeriver.fromFlow("corr:" + flow.getKey(), flow.getValue()));
            }
            writer.flush();
        }
        attempts -= kept.size();
    }

    /** Removes the texts of the dictionary that no stored event refers to any more. */
    private void pruneDictionary() throws SQLException {
        BitSet used = new BitSet();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT detail FROM events")) {
            while (rs.next()) {
                EventCodec.references(rs.getString(1), used::set);
            }
        }
        List<Integer> unused = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM strings")) {
            while (rs.next()) {
                if (!used.get(rs.getInt(1))) {
                    unused.add(rs.getInt(1));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM strings WHERE id = ?")) {
            for (int id : unused) {
                p.setInt(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
        strings.invalidate();
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
