package com.ssprviewer.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.ssprviewer.model.Activities;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AttemptDeriver;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the generated files back for tests, independently of the importer (which is written elsewhere). */
final class Exports {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private Exports() {
    }

    /** Every CSV record (header included) as an array of fields. */
    static List<String[]> csv(Path file) throws IOException {
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    /** The data rows of a portal audit CSV as events (the fields the tests look at). */
    static List<AuditEvent> auditCsvEvents(Path file) throws IOException {
        List<String[]> records = csv(file);
        List<String> header = List.of(records.get(0));
        List<AuditEvent> out = new ArrayList<>();
        for (String[] r : records.subList(1, records.size())) {
            Map<String, String> v = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                v.put(header.get(i), r[i]);
            }
            Actor actor = new Actor(v.get("ActorType"), v.get("ActorDisplayName"), v.get("ActorObjectId"),
                    v.get("ActorUserPrincipalName"), v.get("IPAddress"), null, null, null, null);
            Target target = new Target(v.get("Target1Type"), v.get("Target1DisplayName"), v.get("Target1ObjectId"),
                    v.get("Target1UserPrincipalName"), List.of());
            List<KeyValue> details = v.get("AdditionalDetail1Key").isEmpty() ? List.of()
                    : List.of(new KeyValue(v.get("AdditionalDetail1Key"), v.get("AdditionalDetail1Value")));
            out.add(new AuditEvent(null, EventKind.AUDIT, Instant.parse(v.get("Date (UTC)")), v.get("Service"),
                    v.get("Category"), v.get("Activity"), Status.parse(v.get("Result")), v.get("ResultReason"),
                    v.get("CorrelationId"), null, v.get("User Agent"), actor, List.of(target), details, null, null,
                    null));
        }
        return out;
    }

    /** The records of a JSON array or of a Graph envelope's {@code value}, as events. */
    static List<AuditEvent> jsonEvents(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode records = root.isArray() ? root : root.get("value");
        List<AuditEvent> out = new ArrayList<>();
        for (JsonNode r : records) {
            JsonNode user = r.path("initiatedBy").path("user");
            Actor actor = new Actor("User", text(user, "displayName"), text(user, "id"),
                    text(user, "userPrincipalName"), text(user, "ipAddress"), null, null, null, null);
            JsonNode t = r.path("targetResources").path(0);
            Target target = new Target(text(t, "type"), text(t, "displayName"), text(t, "id"),
                    text(t, "userPrincipalName"), List.of());
            List<KeyValue> details = new ArrayList<>();
            r.path("additionalDetails").forEach(d -> details.add(new KeyValue(text(d, "key"), text(d, "value"))));
            out.add(new AuditEvent(r.get("id").asText(), EventKind.AUDIT, Instant.parse(text(r, "activityDateTime")),
                    text(r, "loggedByService"), text(r, "category"), text(r, "activityDisplayName"),
                    Status.parse(text(r, "result")), text(r, "resultReason"), text(r, "correlationId"),
                    text(r, "operationType"), text(r, "userAgent"), actor, List.of(target), details, null, null,
                    null));
        }
        return out;
    }

    /** Every modern event of a generated set: both audit CSVs, the JSON download and all Graph pages. */
    static List<AuditEvent> allModernEvents(Path dir) throws IOException {
        List<AuditEvent> out = new ArrayList<>();
        out.addAll(auditCsvEvents(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK1)));
        out.addAll(auditCsvEvents(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK2)));
        out.addAll(jsonEvents(dir.resolve(SampleGenerator.AUDIT_JSON)));
        for (Path page : graphPages(dir)) {
            out.addAll(jsonEvents(page));
        }
        return out;
    }

    /** Reset attempts derived from events by the model's own rule (duplicates within the list are harmless). */
    static List<ResetAttempt> attempts(List<AuditEvent> events) {
        Map<String, Map<String, AuditEvent>> groups = new LinkedHashMap<>();
        for (AuditEvent e : events) {
            if (Activities.isResetFlow(e.service(), e.activity())) {
                String content = e.time() + "|" + e.activity() + "|" + e.reason();
                groups.computeIfAbsent(e.correlationId(), k -> new LinkedHashMap<>()).put(content, e);
            }
        }
        List<ResetAttempt> out = new ArrayList<>();
        groups.forEach((corr, g) -> out.add(AttemptDeriver.fromFlow("corr:" + corr, new ArrayList<>(g.values()))));
        return out;
    }

    static List<Path> graphPages(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(SampleGenerator.GRAPH_PAGE_PREFIX))
                    .sorted((a, b) -> Integer.compare(pageNumber(a), pageNumber(b))).toList();
        }
    }

    static int pageNumber(Path page) {
        String name = page.getFileName().toString();
        return Integer.parseInt(name.substring(SampleGenerator.GRAPH_PAGE_PREFIX.length(), name.length() - 5));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
