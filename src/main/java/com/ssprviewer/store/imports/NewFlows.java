package com.ssprviewer.store.imports;

import com.ssprviewer.store.schema.SharedTexts;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reset-flow events of the running import, grouped by correlation id as they arrive. When no stored event lies
 * near the import's time range, these groups are the whole flows and attempts are derived from them without reading
 * the events back ({@link FlowScan} does that otherwise). Held compactly, and given up past a limit so a huge file
 * cannot exhaust the heap: the scan then does the work.
 */
final class NewFlows {

    /** About 100 bytes each: two million flow events stay well inside a 512 MB heap. */
    static final int LIMIT = 2_000_000;
    private static final int MAX_SHARED_TEXTS = 200_000;

    private final int limit;
    private Map<String, FlowGroup> groups = new HashMap<>();
    private final SharedTexts texts = new SharedTexts(MAX_SHARED_TEXTS);
    private int count;

    NewFlows(int limit) {
        this.limit = limit;
    }

    void add(String correlationId, FlowEvent e) {
        if (groups == null) {
            return;
        }
        if (++count > limit) {
            groups = null;
            texts.clear();
            return;
        }
        FlowEvent shared = new FlowEvent(e.id(), e.ts(), texts.share(e.service()), texts.share(e.activity()),
                texts.share(e.status()), texts.share(e.reason()), texts.share(e.ip()), texts.share(e.user()));
        groups.computeIfAbsent(correlationId, FlowGroup::new).add(shared, true);
    }

    /** How many flows (correlation ids) are held. */
    int flows() {
        return groups == null ? 0 : groups.size();
    }

    /** False once the limit was passed. */
    boolean complete() {
        return groups != null;
    }

    /** Hands every group to the sink in the order a scan would finish them: by last event, then first id. */
    void handOut(FlowScan.Sink sink) throws SQLException {
        List<FlowGroup> all = new ArrayList<>(groups.values());
        groups = null;
        all.sort(Comparator.comparingLong((FlowGroup g) -> g.lastTs).thenComparingLong(FlowGroup::firstId));
        for (FlowGroup g : all) {
            g.handTo(sink);
        }
    }
}
