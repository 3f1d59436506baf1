package com.ssprviewer.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code filter} object of a view's document: every field of an {@link EventFilter}, empty ones left out. */
final class ViewFilterJson {

    private ViewFilterJson() {
    }

    static ObjectNode write(ObjectMapper json, EventFilter f) {
        ObjectNode node = json.createObjectNode();
        put(node, "from", f.from() == null ? null : f.from().toString());
        put(node, "to", f.to() == null ? null : f.to().toString());
        ViewDocument.putSorted(node, "services", f.services());
        ViewDocument.putSorted(node, "categories", f.categories());
        ViewDocument.putSorted(node, "activities", f.activities());
        ViewDocument.putSorted(node, "statuses", f.statuses().stream().map(Status::label)
                .collect(Collectors.toSet()));
        ViewDocument.putSorted(node, "results", f.results().stream().map(Outcome::label)
                .collect(Collectors.toSet()));
        ViewDocument.putSorted(node, "methods", f.methods().stream().map(Method::label)
                .collect(Collectors.toSet()));
        put(node, "user", f.user());
        put(node, "initiatedBy", f.initiatedBy());
        put(node, "target", f.target());
        ViewDocument.putSorted(node, "roles", f.roles());
        put(node, "text", f.text());
        put(node, "correlationId", f.correlationId());
        ViewDocument.putSorted(node, "details", f.details());
        return node;
    }

    static EventFilter read(ViewDocument.Fields fields, JsonNode node) throws ViewFileException {
        EventFilter.Builder b = EventFilter.builder()
                .from(fields.instant(node, "from")).to(fields.instant(node, "to"))
                .services(new LinkedHashSet<>(fields.texts(node, "services")))
                .categories(new LinkedHashSet<>(fields.texts(node, "categories")))
                .activities(new LinkedHashSet<>(fields.texts(node, "activities")))
                .user(fields.optionalText(node, "user")).initiatedBy(fields.optionalText(node, "initiatedBy"))
                .target(fields.optionalText(node, "target"))
                .roles(new LinkedHashSet<>(fields.texts(node, "roles")))
                .text(fields.optionalText(node, "text")).correlationId(fields.optionalText(node, "correlationId"))
                .details(new LinkedHashSet<>(fields.texts(node, "details")));
        Set<Status> statuses = new LinkedHashSet<>();
        for (String s : fields.texts(node, "statuses")) {
            Status status = Status.parse(s);
            if (status == Status.UNKNOWN && !s.equalsIgnoreCase("unknown")) {
                throw fields.bad("filter.statuses", s + " is not a status");
            }
            statuses.add(status);
        }
        Set<Outcome> results = new LinkedHashSet<>();
        for (String s : fields.texts(node, "results")) {
            results.add(Outcome.parse(s).orElseThrow(() -> fields.bad("filter.results", s + " is not a result")));
        }
        Set<Method> methods = new LinkedHashSet<>();
        for (String s : fields.texts(node, "methods")) {
            methods.add(Method.parse(s).orElseThrow(() -> fields.bad("filter.methods", s + " is not a method")));
        }
        return b.statuses(statuses).results(results).methods(methods).build();
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
