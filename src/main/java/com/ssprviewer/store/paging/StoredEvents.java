package com.ssprviewer.store.paging;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.store.api.StoredEvent;
import com.ssprviewer.store.schema.Columns;
import com.ssprviewer.store.schema.EventCodec;
import com.ssprviewer.store.schema.Strings;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.Visible;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads whole events back (columns plus the JSON detail) for the details blade and an attempt's drill-down. */
public final class StoredEvents {

    private static final String SELECT = "SELECT e.*, i.file_name FROM events e JOIN imports i ON i.id = e.import_id";

    private StoredEvents() {
    }

    public static Optional<StoredEvent> byId(Connection c, long id, Visible v, Strings dict) throws SQLException {
        if (id >= v.eventLimit()) {
            return Optional.empty();
        }
        List<StoredEvent> found = query(c, dict, SELECT + " WHERE e.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public static List<StoredEvent> ofAttempt(Connection c, long attemptId, Visible v, Strings dict)
            throws SQLException {
        if (attemptId >= v.attemptLimit()) {
            return List.of();
        }
        String corr = null;
        long eventId = 0;
        long ts = 0;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT correlation_id, event_id, ts FROM attempts WHERE id = ?")) {
            p.setLong(1, attemptId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return List.of();
                }
                corr = rs.getString(1);
                eventId = rs.getLong(2);
                ts = rs.getLong(3);
            }
        }
        if (corr.isEmpty()) {
            return query(c, dict, SELECT + " WHERE e.id = ?", eventId);
        }
        List<StoredEvent> out = new ArrayList<>();
        for (StoredEvent e : query(c, dict, SELECT + " WHERE e.correlation_id = ? AND e.kind = 0 AND e.ts >= ?"
                + " AND e.ts < ? ORDER BY e.ts, e.id", corr, ts - Timestamps.DAY, ts + 2 * Timestamps.DAY)) {
            if (e.id() < v.eventLimit() && Activities.isResetFlow(e.event().service(), e.event().activity())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<StoredEvent> query(Connection c, Strings dict, String sql, Object... params)
            throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        EventCodec codec = new EventCodec(dict, c);
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredEvent(rs.getLong("id"), read(rs, codec), rs.getString("file_name")));
                }
            }
        }
        return out;
    }

    private static AuditEvent read(ResultSet rs, EventCodec codec) throws SQLException {
        EventCodec.Detail d = codec.decode(rs.getString("detail"), Columns.orNull(rs.getString("ip")));
        String result = rs.getString("result");
        return new AuditEvent(d.sourceId(), EventKind.ofCode(rs.getInt("kind")),
                Timestamps.fromNanos(rs.getLong("ts")), Columns.orNull(rs.getString("service")),
                Columns.orNull(rs.getString("category")), Columns.orNull(rs.getString("activity")),
                Columns.status(rs.getString("status")), rs.getString("reason"),
                Columns.orNull(rs.getString("correlation_id")), d.operationType(), d.userAgent(), d.actor(),
                d.targets(), d.additionalDetails(), d.role(), d.methods(),
                result == null ? null : Columns.outcome(result));
    }
}
