package com.ssprviewer.store;

import com.ssprviewer.importer.ExportFormat;
import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportReader;
import com.ssprviewer.importer.ParsedRow;
import com.ssprviewer.model.Activities;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.ClassicRows;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Hand-built events and a reader over them, standing in for the real importers. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-03-11T08:00:00.1234567Z");

    private Fixtures() {
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** A portal-CSV style audit event (no source id). */
    static AuditEvent audit(Instant time, String activity, Status status, String reason, String corr, String user,
                            String ip) {
        Actor actor = new Actor("User", null, "oid-" + user, user, ip, "tenant-1", null, null, null);
        Target target = new Target("User", user == null ? null : user.toUpperCase(), "oid-" + user, user,
                List.of(new ModifiedProperty("StrongAuthenticationMethod", "[]", "[{\"a\":\"b, c\"}]")));
        return new AuditEvent(null, EventKind.AUDIT, time, Activities.SSPR_SERVICE, "UserManagement", activity, status,
                reason, corr, "Update", "Mozilla/5.0", actor, List.of(target),
                List.of(new KeyValue("OnPremisesAgent", "None")), null, List.of(), null);
    }

    static AuditEvent flow(Instant time, String reason, String corr, String user) {
        return audit(time, Activities.FLOW_PROGRESS, Status.SUCCESS, reason, corr, user, "203.0.113.7");
    }

    static AuditEvent withId(AuditEvent e, String id) {
        return new AuditEvent(id, e.kind(), e.time(), e.service(), e.category(), e.activity(), e.status(), e.reason(),
                e.correlationId(), e.operationType(), e.userAgent(), e.actor(), e.targets(), e.additionalDetails(),
                e.role(), e.methods(), e.result());
    }

    static AuditEvent classicReset(Instant time, String user, String role, Outcome result, String details,
                                   Method... methods) {
        return ClassicRows.reset(user, role, time, List.of(methods), result, details);
    }

    static AuditEvent classicRegistration(Instant time, String user, String role, Method... methods) {
        return ClassicRows.registration(user, role, time, List.of(methods));
    }

    /** A complete successful flow of one user: presented, started, completed, reset. */
    static List<AuditEvent> successFlow(Instant start, String corr, String user) {
        return List.of(
                flow(start, "User was presented with verification options.", corr, user),
                flow(start.plusSeconds(5), "User started the mobile SMS verification option.", corr, user),
                flow(start.plusSeconds(30), "User completed the mobile SMS verification option.", corr, user),
                audit(start.plusSeconds(60), Activities.RESET_SELF_SERVICE, Status.SUCCESS,
                        "Successfully completed reset.", corr, user, "203.0.113.7"));
    }

    /** The format hand-built rows are imported as. */
    static final ExportFormat AUDIT_CSV = ExportFormats.byCode("audit-csv").orElseThrow();

    static ExportReader reader(ExportFormat format, List<?> rows) {
        return new ListReader(format, rows);
    }

    static ImportResult importRows(Store store, String name, List<?> rows) {
        return store.importReader(Path.of(name), name, 100, "0".repeat(64),
                reader(AUDIT_CSV, rows), Progress.NONE);
    }

    /** Rows given as events (lines numbered from 2) or as ready ParsedRows. */
    private static final class ListReader implements ExportReader {
        private final ExportFormat format;
        private final Iterator<ParsedRow> rows;
        private long read;

        ListReader(ExportFormat format, List<?> items) {
            this.format = format;
            List<ParsedRow> list = new ArrayList<>();
            long line = 2;
            for (Object o : items) {
                list.add(o instanceof ParsedRow p ? p : new ParsedRow.Event((AuditEvent) o, line));
                line++;
            }
            this.rows = list.iterator();
        }

        @Override
        public ExportFormat format() {
            return format;
        }

        @Override
        public ParsedRow next() {
            if (!rows.hasNext()) {
                return null;
            }
            read += 10;
            return rows.next();
        }

        @Override
        public long bytesRead() {
            return read;
        }

        @Override
        public void close() {
        }
    }
}
