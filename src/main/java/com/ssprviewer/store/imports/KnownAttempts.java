package com.ssprviewer.store.imports;

import com.ssprviewer.store.schema.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The attempts stored before the running import, by correlation id, loaded one UTC day at a time through the
 * attempts time index around the flows being derived (an attempt's time is its first event's), and dropped again
 * once the scan is past them: no correlation-id index and bounded memory.
 */
final class KnownAttempts {

    private final PreparedStatement load;
    private final long idLimit;
    private final Map<Long, Map<String, Long>> days = new HashMap<>();

    KnownAttempts(Connection c, long idLimit) throws SQLException {
        this.idLimit = idLimit;
        load = c.prepareStatement("SELECT correlation_id, id FROM attempts WHERE ts >= ? AND ts < ? AND id < ?"
                + " AND correlation_id <> ''");
    }

    /** The id of the stored attempt of this correlation id whose time lies near [firstTs, lastTs], or null. */
    Long find(String correlationId, long firstTs, long lastTs) throws SQLException {
        long first = Math.floorDiv(firstTs, Timestamps.DAY) - 1;
        days.keySet().removeIf(d -> d < first - 2);
        for (long day = first; day <= Math.floorDiv(lastTs, Timestamps.DAY) + 1; day++) {
            Long id = day(day).get(correlationId);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private Map<String, Long> day(long day) throws SQLException {
        Map<String, Long> m = days.get(day);
        if (m == null) {
            m = new HashMap<>();
            load.setLong(1, day * Timestamps.DAY);
            load.setLong(2, (day + 1) * Timestamps.DAY);
            load.setLong(3, idLimit);
            try (ResultSet rs = load.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getLong(2));
                }
            }
            days.put(day, m);
        }
        return m;
    }

    void close() throws SQLException {
        load.close();
    }
}
