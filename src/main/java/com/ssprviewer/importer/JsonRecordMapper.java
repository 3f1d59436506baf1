package com.ssprviewer.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the directoryAudit records of one file (portal JSON download or Graph) into events. Keys are read
 * case-insensitively, since the portal download and Graph do not agree on casing everywhere; repeated texts come out
 * as one instance ({@link RepeatedTexts}).
 */
final class JsonRecordMapper {

    private static final Set<String> RECORD_FIELDS = Set.of("activitydatetime", "activitydisplayname",
            "loggedbyservice", "correlationid", "initiatedby", "targetresources", "operationtype", "resultreason");

    private final RepeatedTexts texts = new RepeatedTexts();

    /** True for a field name only a directoryAudit record has (used to recognise the format). */
    static boolean isRecordField(String name) {
        return RECORD_FIELDS.contains(name.toLowerCase(Locale.ROOT));
    }

    AuditEvent map(JsonNode r) throws RowRejectedException {
        String when = text(r, "activityDateTime");
        if (when == null || when.isBlank()) {
            throw new RowRejectedException("missing activityDateTime");
        }
        Instant time;
        try {
            time = LenientDates.parse(when, ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new RowRejectedException(e.getMessage());
        }
        return new AuditEvent(text(r, "id"), EventKind.AUDIT, time, text(r, "loggedByService"), text(r, "category"),
                text(r, "activityDisplayName"), Status.parse(text(r, "result")), text(r, "resultReason"),
                text(r, "correlationId"), text(r, "operationType"), text(r, "userAgent"),
                actor(field(r, "initiatedBy")), targets(field(r, "targetResources")),
                details(field(r, "additionalDetails")), null, List.of(), null);
    }

    private Actor actor(JsonNode initiatedBy) {
        JsonNode user = field(initiatedBy, "user");
        JsonNode app = field(initiatedBy, "app");
        boolean userNamed = user != null && (text(user, "id") != null || text(user, "userPrincipalName") != null
                || text(user, "displayName") != null);
        if (!userNamed && app != null && app.isObject()) {
            return new Actor("Application", text(app, "displayName"), text(app, "appId"), null,
                    user == null ? null : text(user, "ipAddress"), null, null, text(app, "servicePrincipalId"),
                    text(app, "servicePrincipalName"));
        }
        if (user == null || !user.isObject()) {
            return Actor.NONE;
        }
        return new Actor("User", text(user, "displayName"), text(user, "id"), text(user, "userPrincipalName"),
                text(user, "ipAddress"), text(user, "homeTenantId"), text(user, "homeTenantName"), null, null);
    }

    private List<Target> targets(JsonNode array) {
        List<Target> out = new ArrayList<>(1);
        if (array == null || !array.isArray()) {
            return out;
        }
        for (JsonNode t : array) {
            List<ModifiedProperty> props = new ArrayList<>(0);
            JsonNode mods = field(t, "modifiedProperties");
            if (mods != null && mods.isArray()) {
                for (JsonNode m : mods) {
                    props.add(new ModifiedProperty(text(m, "displayName"), text(m, "oldValue"), text(m, "newValue")));
                }
            }
            out.add(new Target(text(t, "type"), text(t, "displayName"), text(t, "id"), text(t, "userPrincipalName"),
                    props));
        }
        return out;
    }

    private List<KeyValue> details(JsonNode array) {
        List<KeyValue> out = new ArrayList<>(0);
        if (array != null && array.isArray()) {
            for (JsonNode d : array) {
                out.add(new KeyValue(text(d, "key"), text(d, "value")));
            }
        }
        return out;
    }

    /** A field by name, any case; null when absent or JSON null. */
    static JsonNode field(JsonNode obj, String name) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode v = obj.get(name);
        if (v == null) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equalsIgnoreCase(name)) {
                    v = e.getValue();
                    break;
                }
            }
        }
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    /** A field as text: strings as they are, other JSON (numbers, objects) as written; null when absent. */
    private String text(JsonNode obj, String name) {
        JsonNode v = field(obj, name);
        if (v == null) {
            return null;
        }
        return texts.of(v.isValueNode() ? v.asText() : v.toString());
    }
}
