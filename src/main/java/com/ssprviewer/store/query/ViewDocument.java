package com.ssprviewer.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A saved view as a small, versioned JSON document: the bytes the store keeps and the bytes a view's file holds, so
 * a view exported and imported elsewhere is the same view. Values are written as people read them (result and
 * method names, {@code --sort} keys, ISO dates), so a colleague can read the file too. A reader takes documents of
 * its version and older; unknown fields are ignored, so a later version can add optional ones.
 */
public final class ViewDocument {

    /** What the {@code format} field of every view document says. */
    public static final String FORMAT = "sspr-audit-viewer view";
    /** The version this program writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ViewDocument() {
    }

    /** The view's document, UTF-8, ending with a line break. */
    public static byte[] write(SavedView view) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", view.name());
        root.put("list", view.list().key());
        ObjectNode range = root.putObject("range");
        if (view.range().last() != null) {
            range.put("last", view.range().last().toString());
        }
        putText(range, "fromDay", view.range().fromDay());
        putText(range, "toDay", view.range().toDay());
        root.set("filter", ViewFilterJson.write(JSON, view.filter()));
        ObjectNode sort = root.putObject("sort");
        sort.put("field", view.sort().field().key());
        sort.put("descending", view.sort().descending());
        ArrayNode columns = root.putArray("columns");
        for (ViewColumn c : view.columns()) {
            ObjectNode column = columns.addObject().put("id", c.id());
            if (c.width() != null) {
                column.put("width", c.width());
            }
        }
        try {
            byte[] text = JSON.writeValueAsBytes(root);
            byte[] out = new byte[text.length + 1];
            System.arraycopy(text, 0, out, 0, text.length);
            out[text.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view document always writes", e);
        }
    }

    /**
     * Reads a view's document; {@code source} names where it came from (a file, or the store's view) in the sentence
     * of a {@link ViewFileException}: not JSON, not a view, a newer version, or a value this program cannot read.
     */
    public static SavedView read(byte[] bytes, String source) throws ViewFileException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ViewFileException(source + " is not a saved view of SSPR Audit Viewer: it is not readable JSON;"
                    + " choose a file written by Export view.");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new ViewFileException(source + " is not a saved view of SSPR Audit Viewer (it has no \"format\": \""
                    + FORMAT + "\"); choose a file written by Export view.");
        }
        int version = root.path("version").asInt(-1);
        if (version > VERSION) {
            throw new ViewFileException(source + " was written by a newer version of SSPR Audit Viewer (view version "
                    + version + "); update the program to import it.");
        }
        if (version < 1) {
            throw new ViewFileException(source + " has no readable \"version\"; export the view again.");
        }
        Fields f = new Fields(source);
        ListKind list = ListKind.byKey(f.text(root, "list")).orElseThrow(() -> f.bad("list", root.path("list")
                .asText() + " is not a list of this program"));
        try {
            return new SavedView(f.text(root, "name"), list, range(f, root.path("range")),
                    ViewFilterJson.read(f, root.path("filter")), sort(f, list, root.path("sort")),
                    columns(f, root.path("columns")));
        } catch (IllegalArgumentException e) {
            throw new ViewFileException(source + " cannot be used: " + e.getMessage());
        }
    }

    private static ViewRange range(Fields f, JsonNode range) throws ViewFileException {
        if (range.hasNonNull("last")) {
            try {
                return ViewRange.last(Duration.parse(range.get("last").asText()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw f.bad("range.last", range.get("last").asText() + " is not a span such as P7D");
            }
        }
        LocalDate from = f.day(range, "fromDay");
        LocalDate to = f.day(range, "toDay");
        return from == null && to == null ? ViewRange.ALL : ViewRange.days(from, to);
    }

    private static Sort sort(Fields f, ListKind list, JsonNode sort) throws ViewFileException {
        if (!sort.hasNonNull("field")) {
            return list.defaultSort();
        }
        String key = sort.get("field").asText();
        SortField field = list.sortField(key).orElseThrow(() -> f.bad("sort.field", list.cannotSortBy(key)));
        return new Sort(field, sort.path("descending").asBoolean(false));
    }

    private static List<ViewColumn> columns(Fields f, JsonNode columns) throws ViewFileException {
        List<ViewColumn> out = new ArrayList<>();
        for (JsonNode c : columns) {
            Double width = c.hasNonNull("width") && c.get("width").isNumber() ? c.get("width").asDouble() : null;
            out.add(new ViewColumn(f.text(c, "id"), width));
        }
        return out;
    }

    private static void putText(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    /** Reads fields of one document, naming it in every refusal. */
    static final class Fields {
        private final String source;

        Fields(String source) {
            this.source = source;
        }

        ViewFileException bad(String field, String why) {
            return new ViewFileException(source + " has a value SSPR Audit Viewer cannot read in \"" + field + "\" ("
                    + why + "); export the view again.");
        }

        String text(JsonNode node, String field) throws ViewFileException {
            JsonNode v = node.get(field);
            if (v == null || !v.isTextual()) {
                throw bad(field, "a text is needed");
            }
            return v.asText();
        }

        String optionalText(JsonNode node, String field) throws ViewFileException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw bad(field, "a text is needed");
            }
            return v.asText();
        }

        LocalDate day(JsonNode node, String field) throws ViewFileException {
            String text = optionalText(node, field);
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw bad(field, text + " is not a date such as 2025-03-01");
            }
        }

        Instant instant(JsonNode node, String field) throws ViewFileException {
            String text = optionalText(node, field);
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw bad(field, text + " is not an instant such as 2025-03-01T00:00:00Z");
            }
        }

        List<String> texts(JsonNode node, String field) throws ViewFileException {
            JsonNode v = node.get(field);
            List<String> out = new ArrayList<>();
            if (v == null || v.isNull()) {
                return out;
            }
            if (!v.isArray()) {
                throw bad(field, "a list of texts is needed");
            }
            for (JsonNode item : v) {
                if (!item.isTextual()) {
                    throw bad(field, "a list of texts is needed");
                }
                out.add(item.asText());
            }
            return out;
        }
    }

    /** Adds the values, sorted, as an array; nothing when there are none. */
    static void putSorted(ObjectNode node, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.stream().sorted().forEach(array::add);
        }
    }
}
