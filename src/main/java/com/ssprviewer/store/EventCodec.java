package com.ssprviewer.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Target;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The nested and rarely shown parts of an event as one compact JSON array (positional, no key names), so the table
 * columns stay narrow while {@code Store.event(id)} still returns the whole event. Layout:
 * {@code [sourceId, operationType, userAgent, role, actor[8], targets[[type,name,id,upn,[[name,old,new]..]]..],
 * details[[key,value]..], methods[ordinal..]]}; the actor's IP lives in the {@code ip} column. Texts that repeat
 * across events (all but the source id, property values and detail values) are written as the number of their
 * {@link Strings} entry; a JSON string is always a literal text.
 */
final class EventCodec {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    private final Strings dict;
    private final Connection c;

    EventCodec(Strings dict, Connection c) {
        this.dict = dict;
        this.c = c;
    }

    record Detail(String sourceId, String operationType, String userAgent, String role, Actor actor,
                  List<Target> targets, List<KeyValue> additionalDetails, List<Method> methods) {
    }

    String encode(Detail d) throws SQLException {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            strings(g, d.sourceId());
            codes(g, d.operationType(), d.userAgent(), d.role());
            Actor a = d.actor();
            g.writeStartArray();
            codes(g, a.type(), a.displayName(), a.objectId(), a.userPrincipalName(), a.homeTenantId(),
                    a.homeTenantName(), a.servicePrincipalId(), a.servicePrincipalName());
            g.writeEndArray();
            g.writeStartArray();
            for (Target t : d.targets()) {
                writeTarget(g, t);
            }
            g.writeEndArray();
            g.writeStartArray();
            for (KeyValue kv : d.additionalDetails()) {
                g.writeStartArray();
                codes(g, kv.key());
                strings(g, kv.value());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeStartArray();
            for (Method m : d.methods()) {
                g.writeNumber(m.ordinal());
            }
            g.writeEndArray();
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private void writeTarget(JsonGenerator g, Target t) throws IOException, SQLException {
        g.writeStartArray();
        codes(g, t.type(), t.displayName(), t.objectId(), t.userPrincipalName());
        g.writeStartArray();
        for (ModifiedProperty p : t.modifiedProperties()) {
            g.writeStartArray();
            codes(g, p.name());
            strings(g, p.oldValue(), p.newValue());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String... values) throws IOException {
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
    }

    private void codes(JsonGenerator g, String... values) throws IOException, SQLException {
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeNumber(dict.id(c, v));
            }
        }
    }

    Detail decode(String json, String ip) throws SQLException {
        try {
            JsonNode n = MAPPER.readTree(json);
            JsonNode a = n.get(4);
            Actor actor = new Actor(s(a, 0), s(a, 1), s(a, 2), s(a, 3), ip, s(a, 4), s(a, 5), s(a, 6), s(a, 7));
            List<Target> targets = new ArrayList<>();
            for (JsonNode t : n.get(5)) {
                List<ModifiedProperty> props = new ArrayList<>();
                for (JsonNode p : t.get(4)) {
                    props.add(new ModifiedProperty(s(p, 0), s(p, 1), s(p, 2)));
                }
                targets.add(new Target(s(t, 0), s(t, 1), s(t, 2), s(t, 3), props));
            }
            List<KeyValue> details = new ArrayList<>();
            for (JsonNode kv : n.get(6)) {
                details.add(new KeyValue(s(kv, 0), s(kv, 1)));
            }
            List<Method> methods = new ArrayList<>();
            for (JsonNode m : n.get(7)) {
                methods.add(Method.values()[m.asInt()]);
            }
            return new Detail(s(n, 0), s(n, 1), s(n, 2), s(n, 3), actor, targets, details, methods);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String s(JsonNode array, int i) throws SQLException {
        JsonNode v = array.get(i);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? dict.text(c, v.asInt()) : v.asText();
    }
}
