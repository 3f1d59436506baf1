package com.ssprviewer.store.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The nested and rarely shown parts of an event as one compact JSON array (positional, no key names), so the table
 * columns stay narrow while {@code Store.event(id)} still returns the whole event. Layout:
 * {@code [sourceId, operationType, userAgent, role, actor[8], targets[[type,name,id,upn,[[name,old,new]..]]..],
 * details[[key,value]..], methods[code..]]}; the actor's IP lives in the {@code ip} column. Texts that repeat
 * across events (all but the source id, property values and detail values) are written as the number of their
 * {@link Strings} entry; a JSON string is always a literal text. Written by hand into one reused buffer (a JSON
 * generator per event was a tenth of an import's work); read back with Jackson. One instance per thread: the
 * import's writer, or one read.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int OPERATION_TYPE = 0;
    private static final int USER_AGENT = 1;
    private static final int ROLE = 2;
    private static final int ACTOR = 3;
    private static final int TARGET = ACTOR + 8;
    private static final int PROPERTY_NAME = TARGET + 4;
    private static final int DETAIL_KEY = PROPERTY_NAME + 1;

    private final Strings dict;
    private final Connection c;
    /** The text being written, in a plain array: appending to a builder took a tenth of the import thread. */
    private char[] out = new char[512];
    private int length;
    private final String[] lastText = new String[DETAIL_KEY + 1];
    private final int[] lastId = new int[DETAIL_KEY + 1];

    public EventCodec(Strings dict, Connection c) {
        this.dict = dict;
        this.c = c;
    }

    public record Detail(String sourceId, String operationType, String userAgent, String role, Actor actor,
                  List<Target> targets, List<KeyValue> additionalDetails, List<Method> methods) {
    }

    public String encode(Detail d) throws SQLException {
        length = 0;
        put('[');
        string(d.sourceId());
        code(OPERATION_TYPE, d.operationType());
        code(USER_AGENT, d.userAgent());
        code(ROLE, d.role());
        Actor a = d.actor();
        open();
        code(ACTOR, a.type());
        code(ACTOR + 1, a.displayName());
        code(ACTOR + 2, a.objectId());
        code(ACTOR + 3, a.userPrincipalName());
        code(ACTOR + 4, a.homeTenantId());
        code(ACTOR + 5, a.homeTenantName());
        code(ACTOR + 6, a.servicePrincipalId());
        code(ACTOR + 7, a.servicePrincipalName());
        close();
        open();
        for (Target t : d.targets()) {
            writeTarget(t);
        }
        close();
        open();
        for (KeyValue kv : d.additionalDetails()) {
            open();
            code(DETAIL_KEY, kv.key());
            string(kv.value());
            close();
        }
        close();
        open();
        for (Method m : d.methods()) {
            comma();
            putNumber(m.code());
        }
        close();
        put(']');
        return new String(out, 0, length);
    }

    private void writeTarget(Target t) throws SQLException {
        open();
        code(TARGET, t.type());
        code(TARGET + 1, t.displayName());
        code(TARGET + 2, t.objectId());
        code(TARGET + 3, t.userPrincipalName());
        open();
        for (ModifiedProperty p : t.modifiedProperties()) {
            open();
            code(PROPERTY_NAME, p.name());
            string(p.oldValue());
            string(p.newValue());
            close();
        }
        close();
        close();
    }

    private void open() {
        comma();
        put('[');
    }

    private void close() {
        put(']');
    }

    /** The separator before an element: none right after an array opens. */
    private void comma() {
        if (out[length - 1] != '[') {
            put(',');
        }
    }

    /** A literal text as a JSON string (RFC 8259 escapes: quote, backslash, control characters). */
    private void string(String v) {
        comma();
        if (v == null) {
            putNull();
            return;
        }
        room(v.length() * 6 + 2);
        char[] o = out;
        int n = length;
        o[n++] = '"';
        for (int i = 0, end = v.length(); i < end; i++) {
            char ch = v.charAt(i);
            if (ch == '"' || ch == '\\') {
                o[n++] = '\\';
                o[n++] = ch;
            } else if (ch < 0x20) {
                o[n++] = '\\';
                o[n++] = 'u';
                o[n++] = '0';
                o[n++] = '0';
                o[n++] = HEX[ch >> 4];
                o[n++] = HEX[ch & 0xF];
            } else {
                o[n++] = ch;
            }
        }
        o[n++] = '"';
        length = n;
    }

    /**
     * A repeated text as the number of its dictionary entry. Each position remembers its last text: consecutive
     * events mostly share tenant, agent and actor, and comparing is cheaper than hashing a fresh string.
     */
    private void code(int slot, String v) throws SQLException {
        comma();
        if (v == null) {
            putNull();
            return;
        }
        if (!v.equals(lastText[slot])) {
            lastText[slot] = v;
            lastId[slot] = dict.id(c, v);
        }
        putNumber(lastId[slot]);
    }

    private void put(char ch) {
        room(1);
        out[length++] = ch;
    }

    private void putNull() {
        room(4);
        out[length++] = 'n';
        out[length++] = 'u';
        out[length++] = 'l';
        out[length++] = 'l';
    }

    /** A number that is never negative (dictionary ids, method codes) in decimal. */
    private void putNumber(int v) {
        int digits = 1;
        for (int rest = v / 10; rest > 0; rest /= 10) {
            digits++;
        }
        room(digits);
        int at = length + digits;
        length = at;
        int rest = v;
        do {
            out[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    public Detail decode(String json, String ip) throws SQLException {
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
                methods.add(Method.ofCode(m.asInt()));
            }
            return new Detail(s(n, 0), s(n, 1), s(n, 2), s(n, 3), actor, targets, details, methods);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands every dictionary id a stored detail refers to to the sink: each number in it but the method codes (its
     * last element), so texts no event refers to any more can be removed from the dictionary.
     */
    public static void references(String json, IntConsumer sink) {
        try {
            JsonNode n = MAPPER.readTree(json);
            for (int i = 0; i < n.size() - 1; i++) {
                numbers(n.get(i), sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numbers(JsonNode node, IntConsumer sink) {
        if (node.isNumber()) {
            sink.accept(node.asInt());
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                numbers(child, sink);
            }
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
