package com.ssprviewer.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one {@code directoryAudit} record with the property order of real downloads, streaming through Jackson.
 * Indentation and line ends are fixed (two spaces, LF) so the bytes do not depend on the platform.
 */
final class DirectoryAuditJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DirectoryAuditJson() {
    }

    /** A pretty-printing generator on a new file, UTF-8 without BOM. */
    static JsonGenerator open(Path file) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(file.toFile(), JsonEncoding.UTF8);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        g.setPrettyPrinter(printer);
        return g;
    }

    /**
     * @param withUserAgent the portal download carries {@code userAgent}; Graph v1.0 does not
     */
    static void write(JsonGenerator g, AuditEvent e, boolean withUserAgent) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.sourceId());
        g.writeStringField("category", e.category());
        g.writeStringField("correlationId", e.correlationId());
        g.writeStringField("result", e.status().label().toLowerCase(Locale.ROOT));
        g.writeStringField("resultReason", e.reason());
        g.writeStringField("activityDisplayName", e.activity());
        g.writeStringField("activityDateTime", Times.iso7(e.time()));
        g.writeStringField("loggedByService", e.service());
        g.writeStringField("operationType", e.operationType());
        if (withUserAgent) {
            g.writeStringField("userAgent", e.userAgent() == null ? "" : e.userAgent());
        }
        initiatedBy(g, e.actor());
        g.writeArrayFieldStart("targetResources");
        for (Target t : e.targets()) {
            target(g, t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("additionalDetails");
        for (KeyValue kv : e.additionalDetails()) {
            g.writeStartObject();
            g.writeStringField("key", kv.key());
            g.writeStringField("value", kv.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void initiatedBy(JsonGenerator g, Actor a) throws IOException {
        g.writeObjectFieldStart("initiatedBy");
        boolean app = DirectoryRenderer.APPLICATION.equals(a.type());
        if (app) {
            g.writeObjectFieldStart("app");
            g.writeStringField("appId", a.objectId());
            g.writeStringField("displayName", a.displayName());
            g.writeStringField("servicePrincipalId", a.servicePrincipalId());
            g.writeStringField("servicePrincipalName", a.servicePrincipalName());
            g.writeEndObject();
            g.writeNullField("user");
        } else {
            g.writeNullField("app");
            g.writeObjectFieldStart("user");
            g.writeStringField("id", a.objectId());
            g.writeStringField("displayName", a.displayName());
            g.writeStringField("userPrincipalName", a.userPrincipalName());
            g.writeStringField("ipAddress", a.ipAddress());
            g.writeStringField("homeTenantId", a.homeTenantId());
            g.writeStringField("homeTenantName", a.homeTenantName());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void target(JsonGenerator g, Target t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.objectId());
        g.writeStringField("displayName", t.displayName());
        g.writeStringField("type", t.type());
        g.writeStringField("userPrincipalName", t.userPrincipalName());
        g.writeNullField("groupType");
        g.writeArrayFieldStart("modifiedProperties");
        for (ModifiedProperty p : t.modifiedProperties()) {
            g.writeStartObject();
            g.writeStringField("displayName", p.name());
            g.writeStringField("oldValue", p.oldValue());
            g.writeStringField("newValue", p.newValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
