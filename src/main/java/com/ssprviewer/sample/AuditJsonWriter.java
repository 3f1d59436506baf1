package com.ssprviewer.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.ssprviewer.model.AuditEvent;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Writes the portal's Audit logs > Download > JSON: one array of directoryAudit records, streamed. */
final class AuditJsonWriter implements Closeable {

    private final JsonGenerator g;

    AuditJsonWriter(Path file) throws IOException {
        g = DirectoryAuditJson.open(file);
        g.writeStartArray();
    }

    void write(AuditEvent e) throws IOException {
        DirectoryAuditJson.write(g, e, true);
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeRaw('\n');
        g.close();
    }
}
