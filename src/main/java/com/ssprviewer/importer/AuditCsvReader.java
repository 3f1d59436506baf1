package com.ssprviewer.importer;

import static com.ssprviewer.importer.HeaderAliases.ACTIVITY;
import static com.ssprviewer.importer.HeaderAliases.ACTOR_DISPLAY_NAME;
import static com.ssprviewer.importer.HeaderAliases.ACTOR_HOME_TENANT_ID;
import static com.ssprviewer.importer.HeaderAliases.ACTOR_HOME_TENANT_NAME;
import static com.ssprviewer.importer.HeaderAliases.ACTOR_OBJECT_ID;
import static com.ssprviewer.importer.HeaderAliases.ACTOR_SP_ID;
import static com.ssprviewer.importer.HeaderAliases.ACTOR_SP_NAME;
import static com.ssprviewer.importer.HeaderAliases.ACTOR_TYPE;
import static com.ssprviewer.importer.HeaderAliases.ACTOR_UPN;
import static com.ssprviewer.importer.HeaderAliases.CATEGORY;
import static com.ssprviewer.importer.HeaderAliases.CORRELATION_ID;
import static com.ssprviewer.importer.HeaderAliases.DATE_UTC;
import static com.ssprviewer.importer.HeaderAliases.DETAILS_COUNT;
import static com.ssprviewer.importer.HeaderAliases.IP_ADDRESS;
import static com.ssprviewer.importer.HeaderAliases.PROPERTIES;
import static com.ssprviewer.importer.HeaderAliases.RESULT;
import static com.ssprviewer.importer.HeaderAliases.RESULT_REASON;
import static com.ssprviewer.importer.HeaderAliases.SERVICE;
import static com.ssprviewer.importer.HeaderAliases.TARGETS;
import static com.ssprviewer.importer.HeaderAliases.USER_AGENT;
import static com.ssprviewer.importer.HeaderAliases.additionalDetail;
import static com.ssprviewer.importer.HeaderAliases.modifiedProperty;
import static com.ssprviewer.importer.HeaderAliases.targetDisplayName;
import static com.ssprviewer.importer.HeaderAliases.targetObjectId;
import static com.ssprviewer.importer.HeaderAliases.targetType;
import static com.ssprviewer.importer.HeaderAliases.targetUpn;

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
 * (the column says so); the CSV carries no record id, so {@code sourceId} stays null and the store keys
 * rows on content.
 */
final class AuditCsvReader extends CsvExportReader {

    private final int date;
    private final int[] actor;
    private final int[][] targets = new int[TARGETS][];
    private final int[][][] properties = new int[TARGETS][PROPERTIES][];
    private final int[][] details = new int[DETAILS_COUNT][];

    AuditCsvReader(ExportFormat format, CsvRows rows, Columns columns) {
        super(format, rows, columns);
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

    /** A header with the time in UTC and an activity is the audit log download's. */
    static boolean claims(Columns header) {
        return header.has(DATE_UTC) && header.has(ACTIVITY);
    }

    @Override
    AuditEvent map() throws RowRejectedException {
        return new AuditEvent(null, EventKind.AUDIT, time(date, DATE_UTC, ZoneOffset.UTC),
                value(SERVICE), value(CATEGORY), value(ACTIVITY), Status.parse(value(RESULT)), value(RESULT_REASON),
                value(CORRELATION_ID), null, value(USER_AGENT), actor(), targets(), additionalDetails(),
                null, List.of(), null);
    }

    private Actor actor() {
        if (!present(actor)) {
            return Actor.NONE;
        }
        return new Actor(at(actor, 0), at(actor, 1), at(actor, 2), at(actor, 3), at(actor, 4), at(actor, 5),
                at(actor, 6), at(actor, 7), at(actor, 8));
    }

    /** The targets present in the row; most rows fill one of three, so nothing is allocated for the empty ones. */
    private List<Target> targets() {
        List<Target> out = List.of();
        for (int n = 0; n < TARGETS; n++) {
            List<ModifiedProperty> props = List.of();
            for (int[] p : properties[n]) {
                if (present(p)) {
                    props = grown(props);
                    props.add(new ModifiedProperty(at(p, 0), at(p, 1), at(p, 2)));
                }
            }
            int[] t = targets[n];
            if (present(t) || !props.isEmpty()) {
                out = grown(out);
                out.add(new Target(at(t, 0), at(t, 1), at(t, 2), at(t, 3), props));
            }
        }
        return out;
    }

    private List<KeyValue> additionalDetails() {
        List<KeyValue> out = List.of();
        for (int[] d : details) {
            if (present(d)) {
                out = grown(out);
                out.add(new KeyValue(at(d, 0), at(d, 1)));
            }
        }
        return out;
    }

    /** The list itself once it can grow; a fresh one in place of the shared empty list. */
    private static <T> List<T> grown(List<T> list) {
        return list.isEmpty() ? new ArrayList<>(2) : list;
    }

    private int[] indexes(String... names) {
        int[] out = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = columns.indexOf(names[i]);
        }
        return out;
    }

    /** True when any of the columns has a value in the current row. */
    private boolean present(int[] indexes) {
        for (int i : indexes) {
            if (rows.value(i) != null) {
                return true;
            }
        }
        return false;
    }

    private String at(int[] indexes, int k) {
        return rows.value(indexes[k]);
    }
}
