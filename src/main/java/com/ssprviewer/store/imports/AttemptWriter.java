package com.ssprviewer.store.imports;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AttemptDeriver;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Text;
import com.ssprviewer.store.schema.Columns;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.UserIndex;
import com.ssprviewer.store.schema.ValueCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the attempts table in step with the events of an import. A classic reset row, and a modern reset-flow event
 * without correlation id, is its own attempt at once; flows (correlation ids) the import touched are derived again
 * at the end from all their events, whichever file they came from ({@link FlowScan} over the import's time range:
 * a flow split over two files is one attempt, and it keeps its id), or from the import's own events alone when the
 * store holds none near its time range ({@link NewFlows}). New attempts are written with the import's
 * rows; changes to attempts stored before wait for the import's final transaction. Every attempt written, and the
 * old values of every attempt rewritten, go into the import's {@link ValueCounts}.
 */
final class AttemptWriter implements AutoCloseable {

    private static final int BATCH = 1000;

    private final Connection c;
    private final PreparedStatement insert;
    private final List<Object[]> updates = new ArrayList<>();
    private final long firstId;
    private final long firstEventId;
    private final ImportTuning tuning;
    private final NewFlows newFlows;
    private final ValueCounts counts;
    private long nextId;
    private int pending;
    private long flowFrom = Long.MAX_VALUE;
    private long flowTo = Long.MIN_VALUE;

    AttemptWriter(Connection c, long firstId, long firstEventId, ImportTuning tuning, ValueCounts counts)
            throws SQLException {
        this.c = c;
        this.counts = counts;
        this.tuning = tuning;
        this.newFlows = new NewFlows(tuning.flowMemory());
        this.firstId = firstId;
        this.nextId = firstId;
        this.firstEventId = firstEventId;
        insert = c.prepareStatement("INSERT INTO attempts (id, user_key, ts, outcome, methods, methods_mask, details,"
                + " ip, correlation_id, event_count, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Notes what a newly stored event means for attempts; one that is an attempt alone is committed with the rows. */
    void added(AuditEvent e, long eventId, long ts) throws SQLException {
        if (e.kind() == EventKind.CLASSIC_RESET) {
            batch(AttemptDeriver.fromClassicRow("event:" + eventId, e), eventId);
        } else if (e.kind() == EventKind.AUDIT && Activities.isResetFlow(e.service(), e.activity())) {
            String corr = Text.trimToNull(e.correlationId());
            if (corr == null) {
                batch(AttemptDeriver.fromFlow("event:" + eventId, List.of(e)), eventId);
            } else {
                flowFrom = Math.min(flowFrom, ts);
                flowTo = Math.max(flowTo, ts);
                newFlows.add(corr, new FlowEvent(eventId, ts, Columns.text(e.service()), Columns.text(e.activity()),
                        e.status().code(), e.reason(), Columns.text(e.actor().ipAddress()), Columns.text(e.user())));
            }
        }
    }

    /** Derives the attempts of every flow the import touched; commits the new ones in slices. */
    void finish() throws Exception {
        flush();
        if (flowFrom > flowTo) {
            return;
        }
        KnownAttempts known = new KnownAttempts(c, firstId);
        try {
            FlowScan.Sink sink = (corr, events, firstTs, lastTs) -> {
                ResetAttempt a = AttemptDeriver.fromFlow("corr:" + corr, events);
                Long id = known.find(corr, firstTs, lastTs);
                if (id == null) {
                    batch(a, null);
                    if (pending >= tuning.commitEvery()) {
                        flush();
                        c.commit();
                    }
                } else {
                    updates.add(new Object[] {id, a});
                }
            };
            if (newFlows.complete() && !FlowScan.olderEventsNear(c, flowFrom, flowTo, firstEventId)) {
                handOutNew(sink);
            } else {
                FlowScan.run(c, flowFrom, flowTo, firstEventId, sink);
            }
        } finally {
            known.close();
        }
        flush();
    }

    /**
     * Writes the attempts of flows that are wholly this import's; when they are many, with the user index set aside
     * and built again after them ({@link UserIndex}).
     */
    private void handOutNew(FlowScan.Sink sink) throws Exception {
        boolean aside = UserIndex.setAsideFor(c, newFlows.flows(), firstId - 1, tuning.userIndexAsideFrom());
        if (aside) {
            tuning.hook().at(ImportStage.USER_INDEX_ASIDE, newFlows.flows());
        }
        newFlows.handOut(sink);
        if (aside) {
            flush();
            UserIndex.restore(c);
        }
    }

    /**
     * Rewrites the attempts that existed before this import and gained events from it: the one write readers must
     * see at the same moment as the import's rows, so it runs in the import's final transaction.
     */
    void applyUpdates() throws SQLException {
        try (PreparedStatement old = c.prepareStatement("SELECT outcome, methods, details FROM attempts WHERE id = ?");
             PreparedStatement update = c.prepareStatement("UPDATE attempts SET id = ?, user_key = ?, ts = ?,"
                + " outcome = ?, methods = ?, methods_mask = ?, details = ?, ip = ?, correlation_id = ?,"
                + " event_count = ?, event_id = ? WHERE id = ?")) {
            for (Object[] u : updates) {
                old.setLong(1, (Long) u[0]);
                try (ResultSet rs = old.executeQuery()) {
                    if (rs.next()) {
                        counts.attempt(rs.getString(1), rs.getString(2), rs.getString(3), -1);
                    }
                }
                update.setLong(12, (Long) u[0]);
                writeRow(update, (Long) u[0], (ResetAttempt) u[1], null);
            }
            update.executeBatch();
        }
    }

    /** Adds an attempt derived outside an import (a flow that lost some of its events); the caller flushes. */
    void insert(ResetAttempt a) throws SQLException {
        batch(a, null);
    }

    /** Sends the pending inserts to the database (the caller commits). */
    void flush() throws SQLException {
        insert.executeBatch();
        pending = 0;
    }

    private void writeRow(PreparedStatement p, long id, ResetAttempt a, Long eventId) throws SQLException {
        String outcome = a.outcome().code();
        String methods = Method.join(a.methods());
        counts.attempt(outcome, methods, a.details(), 1);
        p.setLong(1, id);
        p.setString(2, Columns.text(a.user()));
        p.setLong(3, Timestamps.toNanos(a.time()));
        p.setString(4, outcome);
        p.setString(5, methods);
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

    /** Adds a new attempt to the insert batch; whoever writes the rows commits them. */
    private void batch(ResetAttempt a, Long eventId) throws SQLException {
        writeRow(insert, nextId++, a, eventId);
        if (++pending % BATCH == 0) {
            insert.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
