package com.ssprviewer.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.ssprviewer.model.AuditEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Writes Microsoft Graph {@code auditLogs/directoryAudits} response pages ({@code @odata.context}, {@code value},
 * {@code @odata.nextLink} on all but the last). Like pages fetched while new records arrive, each page starts by
 * repeating the last {@value #REPEATED} records of the one before; and a page prefers to end inside a reset flow,
 * so that one correlation spans two pages. Holds one page in memory at a time.
 */
final class GraphPagesWriter {

    static final int REPEATED = 3;
    static final String CONTEXT = "https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits";
    private static final int EARLY_CUT = 5;

    private final Path dir;
    private final String prefix;
    private final int top;
    private final String filter;
    private final Random random;
    private final List<Path> files = new ArrayList<>();
    private List<AuditEvent> page = new ArrayList<>();

    /**
     * @param prefix file name before the page number, e.g. {@code graph-directoryAudits-page}
     * @param top    the page size ({@code $top}); at least {@code 2 * REPEATED + EARLY_CUT}
     */
    GraphPagesWriter(Path dir, String prefix, int top, Instant from, Instant to, long seed) {
        this.dir = dir;
        this.prefix = prefix;
        this.top = top;
        this.filter = "$filter=activityDateTime+ge+" + from + "+and+activityDateTime+lt+" + to;
        this.random = new Random(seed);
    }

    void write(AuditEvent e) throws IOException {
        boolean full = page.size() >= top;
        boolean splitsFlow = page.size() >= top - EARLY_CUT
                && Objects.equals(page.get(page.size() - 1).correlationId(), e.correlationId());
        if (full || splitsFlow) {
            flush(true);
            page = new ArrayList<>(page.subList(page.size() - REPEATED, page.size()));
        }
        page.add(e);
    }

    /** Writes the last page (also when empty, so that the format always has a file). */
    List<Path> finish() throws IOException {
        flush(false);
        return files;
    }

    /** The pages written so far (for clean-up after a cancel). */
    List<Path> files() {
        return files;
    }

    private void flush(boolean more) throws IOException {
        Path file = dir.resolve(prefix + (files.size() + 1) + ".json");
        files.add(file);
        try (JsonGenerator g = DirectoryAuditJson.open(file)) {
            g.writeStartObject();
            g.writeStringField("@odata.context", CONTEXT);
            g.writeArrayFieldStart("value");
            for (AuditEvent e : page) {
                DirectoryAuditJson.write(g, e, false);
            }
            g.writeEndArray();
            if (more) {
                g.writeStringField("@odata.nextLink", "https://graph.microsoft.com/v1.0/auditLogs/directoryAudits?"
                        + filter + "&$top=" + top + "&$skiptoken=" + Ids.hex(random, 32));
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
