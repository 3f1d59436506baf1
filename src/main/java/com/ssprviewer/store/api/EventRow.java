package com.ssprviewer.store.api;

import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Status;
import java.time.Instant;

/**
 * One line of the Audit logs table: the columns a list shows, without the nested parts
 * (use {@link com.ssprviewer.store.Store#event(long)} for the whole event). Absent texts are null.
 */
public record EventRow(long id, Instant time, String service, String category, String activity, Status status,
                       String reason, String initiatedBy, String target, String ipAddress, String correlationId,
                       EventKind kind) {
}
