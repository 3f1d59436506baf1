package com.ssprviewer.store.schema;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.RegisteredMethods;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data of stored registrations from audit exports, worked out again from the stored events: what the
 * registration's record and the records of its session (same correlation id, within {@link #SESSION} of it) state
 * ({@link RegisteredMethods}). Classic rows keep the data their report lists. Used by imports whose events meet
 * stored ones, and by the migration that gives registrations stored before this rule their data.
 */
public final class RegistrationData {

    /** How far from a registration the records of its session lie at most; a registration takes minutes. */
    public static final long SESSION = Timestamps.DAY / 24;

    private static final String SESSION_EVENTS = "SELECT reason, ip, detail FROM events USE INDEX (events_ts)"
            + " WHERE ts >= ? AND ts <= ? AND kind = 0 AND correlation_id = ?";

    private RegistrationData() {
    }

    /** What the stored records of the session around {@code ts} with correlation id {@code corr} state. */
    public static Set<Method> stated(Connection c, Strings dict, String corr, long ts) throws SQLException {
        Set<Method> out = EnumSet.noneOf(Method.class);
        EventCodec codec = new EventCodec(dict, c);
        try (PreparedStatement p = c.prepareStatement(SESSION_EVENTS)) {
            p.setLong(1, ts - SESSION);
            p.setLong(2, ts + SESSION);
            p.setString(3, corr);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    EventCodec.Detail d = codec.decode(rs.getString("detail"), Columns.orNull(rs.getString("ip")));
                    out.addAll(RegisteredMethods.stated(rs.getString("reason"), d.targets(), d.additionalDetails()));
                }
            }
        }
        return out;
    }

    /**
     * Works out again the data of the stored audit registrations with correlation id {@code corr} between
     * {@code from} and {@code to} (nanoseconds), and of all of them when {@code corr} is null.
     */
    public static void refresh(Connection c, Strings dict, String corr, long from, long to) throws SQLException {
        List<Object[]> found = new ArrayList<>();
        String sql = "SELECT g.event_id, g.ts, e.correlation_id FROM registrations g JOIN events e ON e.id = g.event_id"
                + " WHERE e.kind = 0 AND e.correlation_id <> ''"
                + (corr == null ? "" : " AND g.ts >= ? AND g.ts <= ? AND e.correlation_id = ?");
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (corr != null) {
                p.setLong(1, from);
                p.setLong(2, to);
                p.setString(3, corr);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)});
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE registrations SET methods = ?, methods_mask = ? WHERE event_id = ?")) {
            for (Object[] r : found) {
                List<Method> methods = List.copyOf(stated(c, dict, (String) r[2], (Long) r[1]));
                u.setString(1, Method.join(methods));
                u.setInt(2, Columns.mask(methods));
                u.setLong(3, (Long) r[0]);
                u.addBatch();
            }
            u.executeBatch();
        }
    }
}
