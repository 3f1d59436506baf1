package com.ssprviewer.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Walks the shapes a JSON export can take and yields one record at a time as a small tree: an array of records
 * (portal download), a Graph envelope {@code {"@odata.context", "value": [...], "@odata.nextLink"}}, an array of
 * envelopes, or several envelopes one after another. Only one record is ever held in memory.
 */
final class JsonRecords {

    /** One record, or a non-object where a record belongs ({@code node} then null). */
    record Item(ObjectNode node, long line) {
    }

    /** How a JSON export holds its records, as its first object shows. */
    enum Shape {
        /** An array of directoryAudit records (the portal's download); an empty array counts as one. */
        RECORDS,
        /** Microsoft Graph responses: envelopes with {@code @odata} fields and a {@code value} array of records. */
        GRAPH_PAGES,
        /**
         * Registration snapshots: Graph's {@code userRegistrationDetails} responses (their {@code @odata.context}
         * says so), or an array of such records.
         */
        REGISTRATION_DETAILS
    }

    /** How Graph's context of a registration snapshot ends, before any select or key suffix. */
    static final String REGISTRATION_CONTEXT = "#reports/authenticationMethods/userRegistrationDetails";

    private enum Level { ROOT, ARRAY, ENVELOPE_VALUES }

    private final JsonParser parser;
    private final ObjectMapper mapper;
    private final Deque<Level> levels = new ArrayDeque<>();

    JsonRecords(JsonParser parser, ObjectMapper mapper) {
        this.parser = parser;
        this.mapper = mapper;
        levels.push(Level.ROOT);
    }

    /** The next record, or null at the end of the input. */
    /** {@link #next()}, with JSON that breaks off reported as the file's refusal, naming the file and line. */
    Item next(String fileName) throws IOException {
        try {
            return next();
        } catch (JsonProcessingException e) {
            throw JsonExportReader.broken(fileName, e);
        }
    }

    Item next() throws IOException {
        while (true) {
            JsonToken t = parser.nextToken();
            Level level = levels.peek();
            if (t == null) {
                return null;
            }
            if (t == JsonToken.END_ARRAY) {
                levels.pop();
                if (level == Level.ENVELOPE_VALUES) {
                    skipRestOfObject();
                }
                continue;
            }
            if (t == JsonToken.START_ARRAY && level == Level.ROOT) {
                levels.push(Level.ARRAY);
                continue;
            }
            long line = parser.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return new Item(null, line);
            }
            ObjectNode node = readObject(level != Level.ENVELOPE_VALUES);
            if (node != null) {
                return new Item(node, line);
            }
        }
    }

    /**
     * Reads an object whose start token is current. Returns null when it turns out to be a Graph envelope: its
     * {@code value} array is then entered and its records come next.
     */
    private ObjectNode readObject(boolean mayBeEnvelope) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (mayBeEnvelope && value == JsonToken.START_ARRAY && "value".equalsIgnoreCase(name)) {
                levels.push(Level.ENVELOPE_VALUES);
                return null;
            }
            JsonNode tree = mapper.readTree(parser);
            node.set(name, tree);
        }
        return node;
    }

    private void skipRestOfObject() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    /**
     * Decides between a portal download, Graph responses and registration snapshots from the first object's field
     * names (and Graph's context), without reading further. Returns null when the JSON holds none of them.
     */
    static Shape probe(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
            t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                return Shape.RECORDS;
            }
        }
        if (t != JsonToken.START_OBJECT) {
            return null;
        }
        boolean record = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.regionMatches(true, 0, "@odata.context", 0, 14) && value == JsonToken.VALUE_STRING
                    && p.getText().toLowerCase(Locale.ROOT).contains(REGISTRATION_CONTEXT.toLowerCase(Locale.ROOT))) {
                return Shape.REGISTRATION_DETAILS;
            }
            if ("value".equalsIgnoreCase(name) && value == JsonToken.START_ARRAY
                    || name.regionMatches(true, 0, "@odata.context", 0, 14)
                    || name.regionMatches(true, 0, "@odata.nextLink", 0, 15)) {
                return Shape.GRAPH_PAGES;
            }
            if (name.equalsIgnoreCase("isSsprRegistered") || name.equalsIgnoreCase("methodsRegistered")) {
                return Shape.REGISTRATION_DETAILS;
            }
            record |= JsonRecordMapper.isRecordField(name);
            p.skipChildren();
        }
        return record ? Shape.RECORDS : null;
    }
}
