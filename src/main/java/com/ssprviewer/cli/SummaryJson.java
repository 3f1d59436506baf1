package com.ssprviewer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.ssprviewer.insight.AdminSelfResets;
import com.ssprviewer.insight.Finding;
import com.ssprviewer.insight.Problem;
import com.ssprviewer.insight.RegisteredUser;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * The summary as one JSON object with exactly the keys the README documents, in that order (scripts read them).
 * Written through Jackson's streaming generator with its default pretty printer, the layout an indenting
 * {@code ObjectMapper} gives, without loading the object mapper (a large share of a short command's start-up).
 */
final class SummaryJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SummaryJson() {
    }

    static String write(Summary s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(g, s);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Summary s) throws IOException {
        g.writeStartObject();
        g.writeStringField("asOf", text(s.asOf()));
        g.writeNumberField("events", s.events());
        g.writeNumberField("attempts", s.attempts());
        g.writeObjectFieldStart("outcomes");
        for (Map.Entry<Outcome, Long> e : s.outcomes().entrySet()) {
            g.writeNumberField(e.getKey().label(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("registeredUsers", s.registeredUsers());
        g.writeArrayFieldStart("registrations");
        for (RegisteredUser r : s.registrations()) {
            g.writeStartObject();
            g.writeStringField("user", r.user());
            g.writeStringField("role", r.role());
            g.writeStringField("time", text(r.time()));
            g.writeArrayFieldStart("data");
            for (Method m : r.data()) {
                g.writeString(m.label());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        methods(g, "dataRegistered", s.dataRegistered());
        g.writeNumberField("resetsLast7Days", s.resetsLast7Days());
        g.writeNumberField("attemptsLast7Days", s.attemptsLast7Days());
        methods(g, "methods", s.methods());
        g.writeArrayFieldStart("problems");
        for (Problem p : s.problems()) {
            g.writeStartObject();
            g.writeStringField("details", p.details());
            g.writeStringField("result", p.result().label());
            g.writeNumberField("count", p.count());
            g.writeStringField("fix", p.fix());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("adminSelfResets");
        for (AdminSelfResets a : s.adminSelfResets()) {
            g.writeStartObject();
            g.writeStringField("user", a.user());
            g.writeStringField("role", a.role());
            g.writeNumberField("count", a.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("suspicious");
        for (Finding f : s.suspicious()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("user", f.user());
            g.writeNumberField("count", f.count());
            g.writeStringField("first", text(f.first()));
            g.writeStringField("last", text(f.last()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void methods(JsonGenerator g, String name, Map<Method, Long> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<Method, Long> e : counts.entrySet()) {
            g.writeNumberField(e.getKey().label(), e.getValue());
        }
        g.writeEndObject();
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
