package com.ssprviewer.importer;

import static com.ssprviewer.importer.HeaderAliases.*;

import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the portal's audit log download (CSV): the directoryAudit record flattened into 86 columns. Times are UTC
 * (the column says so); the CSV carries no record id, so {@code sourceId} stays null and the store keys rows on content.
 */
final class AuditCsvReader extends CsvExportReader {

    private final int date;
    private final int[] actor;
    private final int[][] targets = new int[TARGETS][];
    private final int[][][] properties = new int[TARGETS][PROPERTIES][];
    private final int[][] details = new int[DETAILS_COUNT][];

    AuditCsvReader(CsvRows rows, Columns columns) {
        super(ExportFormat.AUDIT_CSV, rows, columns);
        date = columns.indexOf(DATE_UTC);
        actor = indexes(ACTOR_TYPE, ACTOR_DISPLAY_NAME, ACTOR_OBJECT_ID, ACTOR_UPN, IP_ADDRESS, ACTOR_HOME_TENANT_ID,
                ACTOR_HOME_TENANT_NAME, ACTOR_SP_ID, ACTOR_SP_NAME);
        for (int n = 0; n < TARGETS; n++) {
            targets[n] = indexes(targetType(n + 1), targetDisplayName(n + 1), targetObjectId(n + 1), targetUpn(n + 1));
            for (int m = 0; m < PROPERTIES; m++) {
                properties[n][m] = indexes(modifiedProperty(n + 1, m + 1, "Name"),
                        modifiedProperty(n + 1, m + 1, "OldValue"), modifiedProperty(n + 1, m + 1, "NewValue"));
            }
        }
        for (int k = 0; k < DETAILS_COUNT; k++) {
            details[k] = indexes(additionalDetail(k + 1, "Key"), additionalDetail(k + 1, "Value"));
        }
    }

    @Override
    AuditEvent map() throws RowRejectedException {
        return new AuditEvent(null, EventKind.AUDIT, time(date, DATE_UTC, ZoneOffset.UTC),
                value(SERVICE), value(CATEGORY), value(ACTIVITY), Status.parse(value(RESULT)), value(RESULT_REASON),
                value(CORRELATION_ID), null, value(USER_AGENT), actor(), targets(), additionalDetails(),
                null, List.of(), null);
    }

    private Actor actor() {
        String[] v = values(actor);
        return allNull(v) ? Actor.NONE : new Actor(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    private List<Target> targets() {
        List<Target> out = new ArrayList<>(1);
        for (int n = 0; n < TARGETS; n++) {
            List<ModifiedProperty> props = new ArrayList<>(0);
            for (int m = 0; m < PROPERTIES; m++) {
                String[] p = values(properties[n][m]);
                if (!allNull(p)) {
                    props.add(new ModifiedProperty(p[0], p[1], p[2]));
                }
            }
            String[] t = values(targets[n]);
            if (!allNull(t) || !props.isEmpty()) {
                out.add(new Target(t[0], t[1], t[2], t[3], props));
            }
        }
        return out;
    }

    private List<KeyValue> additionalDetails() {
        List<KeyValue> out = new ArrayList<>(0);
        for (int[] d : details) {
            String[] kv = values(d);
            if (!allNull(kv)) {
                out.add(new KeyValue(kv[0], kv[1]));
            }
        }
        return out;
    }

    private int[] indexes(String... names) {
        int[] out = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = columns.indexOf(names[i]);
        }
        return out;
    }

    private String[] values(int[] indexes) {
        String[] out = new String[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = rows.value(indexes[i]);
        }
        return out;
    }

    private static boolean allNull(String[] values) {
        for (String v : values) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }
}
