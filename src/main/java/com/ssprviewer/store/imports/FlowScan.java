package com.ssprviewer.store.imports;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.store.schema.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the stored reset-flow events of a time range by correlation id without a lookup per id: it walks the
 * time index one UTC day at a time, oldest first, and hands a group on once the walk is more than a day past the
 * group's last event (flows last minutes), so memory holds about one day of flows. Only groups with an event from
 * {@code firstNewId} up (the running import's) are handed on.
 */
final class FlowScan {

    /** Receives each finished group that the import touched. */
    interface Sink {
        void group(String correlationId, List<AuditEvent> events, long firstTs, long lastTs) throws SQLException;
    }

    private final Map<String, FlowGroup> open = new LinkedHashMap<>(1024, 0.75f, true);
    private final long firstNewId;
    private final Sink sink;

    private FlowScan(long firstNewId, Sink sink) {
        this.firstNewId = firstNewId;
        this.sink = sink;
    }

    /** Scans the days around [from, to] and hands every touched group to the sink. */
    static void run(Connection c, long from, long to, long firstNewId, Sink sink) throws SQLException {
        FlowScan scan = new FlowScan(firstNewId, sink);
        try (PreparedStatement p = c.prepareStatement("SELECT " + FlowEvent.COLUMNS
                + " FROM events USE INDEX (events_ts) WHERE ts >= ? AND ts < ?"
                + " AND kind = 0 AND correlation_id <> '' ORDER BY ts, id")) {
            for (long day = firstDay(from); day < endDay(to); day++) {
                p.setLong(1, day * Timestamps.DAY);
                p.setLong(2, (day + 1) * Timestamps.DAY);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        scan.add(rs);
                    }
                }
            }
        }
        scan.flushBefore(Long.MAX_VALUE);
    }

    /**
     * True when the store held events, before the import from {@code firstNewId}, in the days a scan of [from, to]
     * would read: only then can a flow of the import have events from another file. The first import into a store
     * is answered from the primary key; otherwise the days' time index is walked, past the import's own events.
     */
    static boolean olderEventsNear(Connection c, long from, long to, long firstNewId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM events WHERE id < ? LIMIT 1")) {
            p.setLong(1, firstNewId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM events USE INDEX (events_ts)"
                + " WHERE ts >= ? AND ts < ? AND id < ? LIMIT 1")) {
            p.setLong(1, firstDay(from) * Timestamps.DAY);
            p.setLong(2, endDay(to) * Timestamps.DAY);
            p.setLong(3, firstNewId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long firstDay(long from) {
        return Math.floorDiv(from, Timestamps.DAY) - 1;
    }

    private static long endDay(long to) {
        return Math.floorDiv(to, Timestamps.DAY) + 2;
    }

    private void add(ResultSet rs) throws SQLException {
        if (!Activities.isResetFlow(rs.getString("service"), rs.getString("activity"))) {
            return;
        }
        FlowEvent e = FlowEvent.read(rs);
        flushBefore(e.ts() - Timestamps.DAY);
        String corr = rs.getString("correlation_id");
        FlowGroup g = open.get(corr);
        if (g == null) {
            g = new FlowGroup(corr);
            open.put(corr, g);
        }
        g.add(e, e.id() >= firstNewId);
    }

    private void flushBefore(long ts) throws SQLException {
        Iterator<FlowGroup> it = open.values().iterator();
        while (it.hasNext()) {
            FlowGroup g = it.next();
            if (g.lastTs >= ts) {
                return;
            }
            it.remove();
            if (g.touched) {
                g.handTo(sink);
            }
        }
    }
}
