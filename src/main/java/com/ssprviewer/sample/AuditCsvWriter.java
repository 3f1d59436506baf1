package com.ssprviewer.sample;

import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Target;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes the portal's Audit logs > Download > CSV: the exact 86-column header, every name quoted, non-empty values
 * quoted, empty values bare, UTF-8 with BOM, CRLF between rows (a line break inside a value is kept as it is).
 */
final class AuditCsvWriter implements Closeable {

    static final int TARGETS = 3;
    static final int PROPERTIES = 5;
    static final int DETAILS = 6;
    /** The 86 column names of the portal's audit-log CSV download, in its order. */
    static final List<String> HEADER = header();

    private final Writer out;
    private final StringBuilder line = new StringBuilder(1024);
    private long rows;

    AuditCsvWriter(Path file) throws IOException {
        out = CsvText.open(file, true);
        for (int i = 0; i < HEADER.size(); i++) {
            line.append(i == 0 ? "" : ",");
            CsvText.appendQuoted(line, HEADER.get(i));
        }
        out.write(line.append(CsvText.CRLF).toString());
    }

    void write(AuditEvent e) throws IOException {
        line.setLength(0);
        Actor a = e.actor();
        field(Times.iso7(e.time()), true);
        for (String v : new String[] {e.correlationId(), e.service(), e.category(), e.activity(), e.status().label(),
            e.reason(), e.userAgent(), a.type(), a.displayName(), a.objectId(), a.userPrincipalName(), a.ipAddress(),
            a.homeTenantId(), a.homeTenantName(), a.servicePrincipalId(), a.servicePrincipalName()}) {
            field(v, false);
        }
        for (int t = 0; t < TARGETS; t++) {
            target(t < e.targets().size() ? e.targets().get(t) : null);
        }
        for (int k = 0; k < DETAILS; k++) {
            KeyValue kv = k < e.additionalDetails().size() ? e.additionalDetails().get(k) : null;
            field(kv == null ? null : kv.key(), false);
            field(kv == null ? null : kv.value(), false);
        }
        out.write(line.append(CsvText.CRLF).toString());
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void target(Target t) {
        field(t == null ? null : t.type(), false);
        field(t == null ? null : t.displayName(), false);
        field(t == null ? null : t.objectId(), false);
        field(t == null ? null : t.userPrincipalName(), false);
        for (int p = 0; p < PROPERTIES; p++) {
            ModifiedProperty m = t != null && p < t.modifiedProperties().size() ? t.modifiedProperties().get(p) : null;
            field(m == null ? null : m.name(), false);
            field(m == null ? null : m.oldValue(), false);
            field(m == null ? null : m.newValue(), false);
        }
    }

    private void field(String value, boolean first) {
        if (!first) {
            line.append(',');
        }
        CsvText.appendQuotedOrEmpty(line, value);
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("Date (UTC)", "CorrelationId", "Service", "Category", "Activity",
                "Result", "ResultReason", "User Agent", "ActorType", "ActorDisplayName", "ActorObjectId",
                "ActorUserPrincipalName", "IPAddress", "ActorHomeTenantId", "ActorHomeTenantName",
                "ActorServicePrincipalId", "ActorServicePrincipalName"));
        for (int n = 1; n <= TARGETS; n++) {
            String t = "Target" + n;
            h.addAll(List.of(t + "Type", t + "DisplayName", t + "ObjectId", t + "UserPrincipalName"));
            for (int m = 1; m <= PROPERTIES; m++) {
                String p = t + "ModifiedProperty" + m;
                h.addAll(List.of(p + "Name", p + "OldValue", p + "NewValue"));
            }
        }
        for (int k = 1; k <= DETAILS; k++) {
            h.addAll(List.of("AdditionalDetail" + k + "Key", "AdditionalDetail" + k + "Value"));
        }
        return Collections.unmodifiableList(h);
    }
}
