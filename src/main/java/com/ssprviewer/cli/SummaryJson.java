package com.ssprviewer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ssprviewer.insight.AdminSelfResets;
import com.ssprviewer.insight.Finding;
import com.ssprviewer.insight.Problem;
import com.ssprviewer.insight.RegisteredUser;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.model.Method;
import java.time.Instant;
import java.util.Map;

/** The summary as one JSON object with exactly the keys the README documents, in that order (scripts read them). */
final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    static String write(Summary s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", text(s.asOf()));
        root.put("events", s.events());
        root.put("attempts", s.attempts());
        ObjectNode outcomes = root.putObject("outcomes");
        s.outcomes().forEach((o, n) -> outcomes.put(o.label(), n));
        root.put("registeredUsers", s.registeredUsers());
        ArrayNode regs = root.putArray("registrations");
        for (RegisteredUser r : s.registrations()) {
            ObjectNode n = regs.addObject();
            n.put("user", r.user());
            n.put("role", r.role());
            n.put("time", text(r.time()));
            ArrayNode data = n.putArray("data");
            r.data().forEach(m -> data.add(m.label()));
        }
        methods(root.putObject("dataRegistered"), s.dataRegistered());
        root.put("resetsLast7Days", s.resetsLast7Days());
        root.put("attemptsLast7Days", s.attemptsLast7Days());
        methods(root.putObject("methods"), s.methods());
        ArrayNode problems = root.putArray("problems");
        for (Problem p : s.problems()) {
            problems.addObject().put("details", p.details()).put("result", p.result().label())
                    .put("count", p.count()).put("fix", p.fix());
        }
        ArrayNode admins = root.putArray("adminSelfResets");
        for (AdminSelfResets a : s.adminSelfResets()) {
            admins.addObject().put("user", a.user()).put("role", a.role()).put("count", a.count());
        }
        ArrayNode suspicious = root.putArray("suspicious");
        for (Finding f : s.suspicious()) {
            suspicious.addObject().put("rule", f.rule()).put("user", f.user()).put("count", f.count())
                    .put("first", text(f.first())).put("last", text(f.last()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void methods(ObjectNode node, Map<Method, Long> counts) {
        counts.forEach((m, n) -> node.put(m.label(), n));
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
