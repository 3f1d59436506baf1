package com.ssprviewer.store;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the stored reset-flow events of some correlation ids, grouped by id, for attempt derivation. */
final class StoredFlows {

    private StoredFlows() {
    }

    static Map<String, List<AuditEvent>> load(Connection c, List<String> corrs) throws SQLException {
        Map<String, List<AuditEvent>> groups = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT ts, service, activity, status, reason, ip,"
                + " correlation_id, user_key FROM events WHERE correlation_id = ANY(?) AND kind = 0")) {
            p.setObject(1, corrs.toArray(new String[0]));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (Activities.isResetFlow(rs.getString("service"), rs.getString("activity"))) {
                        groups.computeIfAbsent(rs.getString("correlation_id"), k -> new ArrayList<>())
                                .add(AttemptWriter.flowEvent(rs));
                    }
                }
            }
        }
        return groups;
    }
}
