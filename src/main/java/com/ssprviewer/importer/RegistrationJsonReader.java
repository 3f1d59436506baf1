package com.ssprviewer.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ssprviewer.model.UserRegistration;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Microsoft Graph's {@code reports/authenticationMethods/userRegistrationDetails} responses: one page or
 * several (an array of pages, or pages one after another), v1.0 or beta. Property names are matched ignoring case,
 * so {@code ConvertTo-Json} output reads too. A record that cannot be read is rejected alone; JSON broken in the
 * middle refuses the file.
 */
final class RegistrationJsonReader extends JsonFileReader implements SnapshotReader {

    private RegistrationJsonReader(ExportFormat format, FileHead head) throws IOException {
        super(format, head);
    }

    static SnapshotReader open(ExportFormat format, FileHead head) throws IOException {
        return new RegistrationJsonReader(format, head);
    }

    @Override
    public SnapshotRow next() throws IOException {
        JsonRecords.Item item = nextItem();
        if (item == null) {
            return null;
        }
        if (item.node() == null) {
            return new SnapshotRow.Rejected(item.line(), "not a JSON object where a user was expected");
        }
        try {
            Map<String, JsonNode> fields = fields(item.node());
            UserRegistration user = map(fields);
            return new SnapshotRow.User(user, item.line(), user.methodsKnown() ? null
                    : RegistrationValues.unexpandedWarning("methodsRegistered",
                            fields.get(RegistrationField.METHODS_REGISTERED.jsonName().toLowerCase(Locale.ROOT))
                                    .asText()));
        } catch (RowRejectedException e) {
            return new SnapshotRow.Rejected(item.line(), e.getMessage());
        }
    }

    private static Map<String, JsonNode> fields(ObjectNode node) {
        Map<String, JsonNode> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        return out;
    }

    private static UserRegistration map(Map<String, JsonNode> f) throws RowRejectedException {
        String upn = text(f, RegistrationField.USER_PRINCIPAL_NAME);
        if (upn == null) {
            throw new RowRejectedException("missing userPrincipalName");
        }
        JsonNode methods = f.get(RegistrationField.METHODS_REGISTERED.jsonName().toLowerCase(Locale.ROOT));
        if (methods == null || methods.isNull()) {
            throw new RowRejectedException("missing methodsRegistered");
        }
        boolean known = !(methods.isTextual() && RegistrationValues.unexpanded(methods.asText()));
        String userType = text(f, RegistrationField.USER_TYPE);
        return new UserRegistration(text(f, RegistrationField.ID), upn, text(f, RegistrationField.DISPLAY_NAME),
                userType == null || !userType.equalsIgnoreCase("guest"), bool(f, RegistrationField.IS_ADMIN),
                bool(f, RegistrationField.SSPR_REGISTERED), bool(f, RegistrationField.SSPR_ENABLED),
                bool(f, RegistrationField.SSPR_CAPABLE), bool(f, RegistrationField.MFA_REGISTERED),
                bool(f, RegistrationField.MFA_CAPABLE), bool(f, RegistrationField.PASSWORDLESS_CAPABLE),
                bool(f, RegistrationField.SYSTEM_PREFERRED_ENABLED), known, known ? list(methods) : List.of(),
                list(f.get(RegistrationField.SYSTEM_PREFERRED_METHODS.jsonName().toLowerCase(Locale.ROOT))),
                text(f, RegistrationField.USER_PREFERRED_METHOD), text(f, RegistrationField.DEFAULT_MFA_METHOD),
                time(f));
    }

    private static String text(Map<String, JsonNode> f, RegistrationField field) {
        JsonNode n = f.get(field.jsonName().toLowerCase(Locale.ROOT));
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static boolean bool(Map<String, JsonNode> f, RegistrationField field) throws RowRejectedException {
        JsonNode n = f.get(field.jsonName().toLowerCase(Locale.ROOT));
        if (n == null || n.isNull()) {
            if (field.required()) {
                throw new RowRejectedException("missing " + field.jsonName());
            }
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return RegistrationValues.bool(n.isValueNode() ? n.asText() : n.toString(), field.jsonName(), false);
    }

    private static List<String> list(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            return RegistrationValues.unexpanded(n.asText()) ? List.of() : RegistrationValues.list(n.asText());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (item.isValueNode() && !item.asText().isBlank()) {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    private static Instant time(Map<String, JsonNode> f) throws RowRejectedException {
        String raw = text(f, RegistrationField.LAST_UPDATED);
        if (raw == null) {
            return null;
        }
        try {
            return LenientDates.parse(raw, ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new RowRejectedException("lastUpdatedDateTime: " + e.getMessage());
        }
    }
}
