package com.ssprviewer.store.imports;

import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.store.schema.Columns;
import com.ssprviewer.store.schema.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The few stored columns of a reset-flow event that attempt derivation reads, as they are (or are about to be)
 * stored: whether a flow's events come back from the table or from the running import, derivation sees the same
 * values.
 */
record FlowEvent(long id, long ts, String service, String activity, String status, String reason, String ip,
                 String user) {

    static final String COLUMNS = "id, ts, service, activity, status, reason, ip, correlation_id, user_key";

    static FlowEvent read(ResultSet rs) throws SQLException {
        return new FlowEvent(rs.getLong("id"), rs.getLong("ts"), rs.getString("service"), rs.getString("activity"),
                rs.getString("status"), rs.getString("reason"), rs.getString("ip"), rs.getString("user_key"));
    }

    /** The event derivation reads: only these fields are filled. */
    AuditEvent toEvent(String correlationId) {
        Actor actor = new Actor(null, null, null, Columns.orNull(user), Columns.orNull(ip), null, null, null, null);
        return new AuditEvent(null, EventKind.AUDIT, Timestamps.fromNanos(ts), service, null, activity,
                Columns.status(status), reason, Columns.orNull(correlationId), null, null, actor, List.of(),
                List.of(), null, List.of(), null);
    }
}
