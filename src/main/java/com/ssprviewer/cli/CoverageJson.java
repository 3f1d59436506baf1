package com.ssprviewer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ssprviewer.insight.Coverage;
import com.ssprviewer.store.api.SnapshotTotals;
import java.util.List;

/** Registration coverage as one JSON object with exactly the keys the README documents, in that order. */
final class CoverageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageJson() {
    }

    static String write(Coverage c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("snapshot", c.snapshot().toString());
        root.put("members", c.members());
        root.put("guests", c.guests());
        root.put("ssprRegistered", c.ssprRegistered());
        root.put("ssprEnabled", c.ssprEnabled());
        root.put("ssprCapable", c.ssprCapable());
        root.put("mfaRegistered", c.mfaRegistered());
        root.put("mfaCapable", c.mfaCapable());
        root.put("passwordlessCapable", c.passwordlessCapable());
        ObjectNode methods = root.putObject("methods");
        c.methods().forEach(methods::put);
        strings(root, "enabledNotRegistered", c.enabledNotRegistered());
        strings(root, "adminsNotCapable", c.adminsNotCapable());
        ObjectNode changes = root.putObject("changes");
        strings(changes, "newlyRegistered", c.changes().newlyRegistered());
        strings(changes, "lostRegistration", c.changes().lostRegistration());
        strings(changes, "newUsers", c.changes().newUsers());
        strings(changes, "goneUsers", c.changes().goneUsers());
        var trend = root.putArray("trend");
        for (SnapshotTotals t : c.trend()) {
            trend.addObject().put("snapshot", t.day().toString()).put("members", t.members())
                    .put("ssprRegistered", t.ssprRegistered()).put("ssprCapable", t.ssprCapable());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void strings(ObjectNode node, String key, List<String> values) {
        var array = node.putArray(key);
        values.forEach(array::add);
    }
}
