package com.ssprviewer.store;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

    static final long DAY = 86_400_000_000_000L;

    /** Receives each finished group that the import touched. */
    interface Sink {
        void group(String correlationId, List<AuditEvent> events, long firstTs, long lastTs) throws SQLException;
    }

    /** The open group of one correlation id. */
    private static final class Group {
        final List<AuditEvent> events = new ArrayList<>(8);
        long firstTs;
        long lastTs;
        boolean touched;
    }

    private final Map<String, Group> open = new LinkedHashMap<>(1024, 0.75f, true);
    private final long firstNewId;
    private final Sink sink;

    private FlowScan(long firstNewId, Sink sink) {
        this.firstNewId = firstNewId;
        this.sink = sink;
    }

    /** Scans [from - 1 day, to + 1 day] and hands every touched group to the sink. */
    static void run(Connection c, long from, long to, long firstNewId, Sink sink) throws SQLException {
        FlowScan scan = new FlowScan(firstNewId, sink);
        try (PreparedStatement p = c.prepareStatement("SELECT id, ts, service, activity, status, reason, ip,"
                + " correlation_id, user_key FROM events USE INDEX (events_ts) WHERE ts >= ? AND ts < ?"
                + " AND kind = 0 AND correlation_id <> '' ORDER BY ts, id")) {
            for (long day = Math.floorDiv(from, DAY) - 1; day <= Math.floorDiv(to, DAY) + 1; day++) {
                p.setLong(1, day * DAY);
                p.setLong(2, (day + 1) * DAY);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        scan.add(rs);
                    }
                }
            }
        }
        scan.flushBefore(Long.MAX_VALUE);
    }

    private void add(ResultSet rs) throws SQLException {
        if (!Activities.isResetFlow(rs.getString("service"), rs.getString("activity"))) {
            return;
        }
        long ts = rs.getLong("ts");
        flushBefore(ts - DAY);
        Group g = open.get(rs.getString("correlation_id"));
        if (g == null) {
            g = new Group();
            g.firstTs = ts;
            open.put(rs.getString("correlation_id"), g);
        }
        g.events.add(AttemptWriter.flowEvent(rs));
        g.lastTs = ts;
        g.touched |= rs.getLong("id") >= firstNewId;
    }

    private void flushBefore(long ts) throws SQLException {
        Iterator<Map.Entry<String, Group>> it = open.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Group> e = it.next();
            Group g = e.getValue();
            if (g.lastTs >= ts) {
                return;
            }
            it.remove();
            if (g.touched) {
                sink.group(e.getKey(), g.events, g.firstTs, g.lastTs);
            }
        }
    }
}
