package com.ssprviewer.store;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AttemptDeriver;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the attempts table in step with the events inside an import's transaction. A classic reset row, and a modern
 * reset-flow event without correlation id, is its own attempt at once; a correlation id the import touched is derived
 * again at the end from all its stored events, whichever file they came from (a flow split over two files is one
 * attempt, and it keeps its id).
 */
final class AttemptWriter implements AutoCloseable {

    private static final int GROUP_BATCH = 500;

    private final Connection c;
    private final PreparedStatement insert;
    private final Set<String> touched = new LinkedHashSet<>();
    private final List<Object[]> updates = new ArrayList<>();
    private long nextId;

    AttemptWriter(Connection c, long firstId) throws SQLException {
        this.c = c;
        this.nextId = firstId;
        insert = c.prepareStatement("INSERT INTO attempts (id, user_key, ts, outcome, methods, methods_mask, details,"
                + " ip, correlation_id, event_count, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Notes what a newly stored event means for attempts. */
    void added(AuditEvent e, long eventId) throws SQLException {
        if (e.kind() == EventKind.CLASSIC_RESET) {
            write(insert, nextId++, AttemptDeriver.fromClassicRow("event:" + eventId, e), eventId);
        } else if (e.kind() == EventKind.AUDIT && Activities.isResetFlow(e.service(), e.activity())) {
            String corr = Text.trimToNull(e.correlationId());
            if (corr == null) {
                write(insert, nextId++, AttemptDeriver.fromFlow("event:" + eventId, List.of(e)), eventId);
            } else {
                touched.add(corr);
            }
        }
    }

    /** Derives the attempts of every touched correlation id again. */
    void finish() throws SQLException {
        insert.executeBatch();
        List<String> batch = new ArrayList<>(GROUP_BATCH);
        for (String corr : touched) {
            batch.add(corr);
            if (batch.size() == GROUP_BATCH) {
                derive(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            derive(batch);
        }
        insert.executeBatch();
    }

    private void derive(List<String> corrs) throws SQLException {
        Map<String, List<AuditEvent>> groups = StoredFlows.load(c, corrs);
        Map<String, Long> existing = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, correlation_id FROM attempts WHERE correlation_id = ANY(?)")) {
            p.setObject(1, corrs.toArray(new String[0]));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        for (Map.Entry<String, List<AuditEvent>> g : groups.entrySet()) {
            ResetAttempt a = AttemptDeriver.fromFlow("corr:" + g.getKey(), g.getValue());
            Long id = existing.get(g.getKey());
            if (id == null) {
                write(insert, nextId++, a, null);
            } else {
                updates.add(new Object[] {id, a});
            }
        }
    }

    /**
     * Rewrites the attempts that existed before this import and gained events from it: the one write readers must
     * see at the same moment as the import's rows, so it runs in the import's final transaction.
     */
    void applyUpdates() throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE attempts SET id = ?, user_key = ?, ts = ?,"
                + " outcome = ?, methods = ?, methods_mask = ?, details = ?, ip = ?, correlation_id = ?,"
                + " event_count = ?, event_id = ? WHERE id = ?")) {
            for (Object[] u : updates) {
                update.setLong(12, (Long) u[0]);
                write(update, (Long) u[0], (ResetAttempt) u[1], null);
            }
            update.executeBatch();
        }
    }

    /** Sends the pending inserts to the database (the caller commits). */
    void flush() throws SQLException {
        insert.executeBatch();
    }

    private static void write(PreparedStatement p, long id, ResetAttempt a, Long eventId) throws SQLException {
        p.setLong(1, id);
        p.setString(2, Columns.text(a.user()));
        p.setLong(3, Timestamps.toNanos(a.time()));
        p.setString(4, a.outcome().label());
        p.setString(5, Method.join(a.methods()));
        p.setInt(6, Columns.mask(a.methods()));
        p.setString(7, a.details());
        p.setString(8, Columns.text(a.ipAddress()));
        p.setString(9, Columns.text(a.correlationId()));
        p.setInt(10, a.eventCount());
        if (eventId == null) {
            p.setNull(11, java.sql.Types.BIGINT);
        } else {
            p.setLong(11, eventId);
        }
        p.addBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    /** Rebuilds the few event fields attempt derivation reads, from columns only (no JSON decoding). */
    static AuditEvent flowEvent(ResultSet rs) throws SQLException {
        Actor actor = new Actor(null, null, null, Columns.orNull(rs.getString("user_key")),
                Columns.orNull(rs.getString("ip")), null, null, null, null);
        return new AuditEvent(null, EventKind.AUDIT, Timestamps.fromNanos(rs.getLong("ts")), rs.getString("service"),
                null, rs.getString("activity"), Columns.status(rs.getString("status")), rs.getString("reason"),
                Columns.orNull(rs.getString("correlation_id")), null, null, actor, List.of(), List.of(), null,
                List.of(), null);
    }
}
