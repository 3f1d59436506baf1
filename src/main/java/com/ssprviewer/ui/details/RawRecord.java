package com.ssprviewer.ui.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Target;
import java.util.List;

/**
 * An event as its source has it: an audit record as pretty JSON in the shape of a Graph {@code directoryAudit} record
 * (the shape administrators know from the portal's download), every field written, absent ones as null; a classic
 * report's row as that report's header and row, in its column order (the time in ISO form, UTC).
 */
public final class RawRecord {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RawRecord() {
    }

    /** The record as its source has it. */
    public static String of(AuditEvent e) {
        if (e.kind() == EventKind.CLASSIC_RESET) {
            return csv(List.of("User", "Role", "Date and Time", "Methods Used", "Result", "Details"),
                    List.of(text(e.user()), text(e.role()), time(e), Method.join(e.methods()),
                            e.result() == null ? "" : e.result().label(), text(e.reason())));
        }
        if (e.kind() == EventKind.CLASSIC_REGISTRATION) {
            return csv(List.of("User", "Role", "Date and Time", "Data Registered"),
                    List.of(text(e.user()), text(e.role()), time(e), Method.join(e.methods())));
        }
        return json(e);
    }

    private static String csv(List<String> header, List<String> row) {
        return String.join(",", header) + "\n" + String.join(",", row.stream().map(RawRecord::quoted).toList());
    }

    private static String quoted(String value) {
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String time(AuditEvent e) {
        return e.time() == null ? "" : e.time().toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String json(AuditEvent e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", e.sourceId());
        root.put("kind", e.kind() == null ? null : e.kind().name());
        root.put("activityDateTime", e.time() == null ? null : e.time().toString());
        root.put("loggedByService", e.service());
        root.put("category", e.category());
        root.put("activityDisplayName", e.activity());
        root.put("result", e.status().label());
        root.put("resultReason", e.reason());
        root.put("correlationId", e.correlationId());
        root.put("operationType", e.operationType());
        root.put("userAgent", e.userAgent());
        root.set("initiatedBy", actor(e.actor()));
        ArrayNode targets = root.putArray("targetResources");
        e.targets().forEach(t -> targets.add(target(t)));
        ArrayNode details = root.putArray("additionalDetails");
        for (KeyValue kv : e.additionalDetails()) {
            details.addObject().put("key", kv.key()).put("value", kv.value());
        }
        root.put("role", e.role());
        root.put("methods", Method.join(e.methods()));
        root.put("resetResult", e.result() == null ? null : e.result().label());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            return String.valueOf(e);
        }
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", a.type());
        node.put("displayName", a.displayName());
        node.put("id", a.objectId());
        node.put("userPrincipalName", a.userPrincipalName());
        node.put("ipAddress", a.ipAddress());
        node.put("homeTenantId", a.homeTenantId());
        node.put("homeTenantName", a.homeTenantName());
        node.put("servicePrincipalId", a.servicePrincipalId());
        node.put("servicePrincipalName", a.servicePrincipalName());
        return node;
    }

    private static ObjectNode target(Target t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", t.type());
        node.put("displayName", t.displayName());
        node.put("id", t.objectId());
        node.put("userPrincipalName", t.userPrincipalName());
        ArrayNode props = node.putArray("modifiedProperties");
        List<ModifiedProperty> list = t.modifiedProperties();
        for (ModifiedProperty p : list) {
            props.addObject().put("displayName", p.name()).put("oldValue", p.oldValue()).put("newValue", p.newValue());
        }
        return node;
    }
}
