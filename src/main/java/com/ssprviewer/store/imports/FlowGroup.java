package com.ssprviewer.store.imports;

import com.ssprviewer.model.AuditEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The events of one correlation id gathered so far, with their time span. */
final class FlowGroup {

    private static final Comparator<FlowEvent> IN_TIME =
            Comparator.comparingLong(FlowEvent::ts).thenComparingLong(FlowEvent::id);

    final String correlationId;
    final List<FlowEvent> events = new ArrayList<>(8);
    long firstTs = Long.MAX_VALUE;
    long lastTs = Long.MIN_VALUE;
    boolean touched;

    FlowGroup(String correlationId) {
        this.correlationId = correlationId;
    }

    void add(FlowEvent e, boolean isNew) {
        events.add(e);
        firstTs = Math.min(firstTs, e.ts());
        lastTs = Math.max(lastTs, e.ts());
        touched |= isNew;
    }

    long firstId() {
        return events.stream().mapToLong(FlowEvent::id).min().orElse(Long.MAX_VALUE);
    }

    /** Hands the group to the sink, its events oldest first. */
    void handTo(FlowScan.Sink sink) throws java.sql.SQLException {
        events.sort(IN_TIME);
        List<AuditEvent> list = new ArrayList<>(events.size());
        for (FlowEvent e : events) {
            list.add(e.toEvent(correlationId));
        }
        sink.group(correlationId, list, firstTs, lastTs);
    }
}
