package com.ssprviewer.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatTest {

    private static final List<String> RECORD_FIELDS = List.of("id", "category", "correlationId", "result",
            "resultReason", "activityDisplayName", "activityDateTime", "loggedByService", "operationType",
            "initiatedBy", "targetResources", "additionalDetails");

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws IOException {
        new SampleGenerator(SampleSpec.defaults()).writeAll(dir, Progress.NONE);
    }

    @Test
    void auditJsonIsAnArrayOfDirectoryAuditRecordsWithDistinctIds() throws IOException {
        JsonNode root = Exports.JSON.readTree(dir.resolve(SampleGenerator.AUDIT_JSON).toFile());
        assertTrue(root.isArray());
        Set<String> ids = new HashSet<>();
        for (JsonNode r : root) {
            for (String field : RECORD_FIELDS) {
                assertTrue(r.has(field), "record has " + field);
            }
            assertTrue(r.has("userAgent"), "the portal download carries userAgent");
            assertTrue(r.get("id").asText().matches("^(SSPR|Directory|UAM)_[0-9a-f-]{36}_[A-Z0-9]{5}_\\d{8}$"),
                    r.get("id").asText());
            assertTrue(r.get("activityDateTime").asText().matches("^.*T.*\\.\\d{7}Z$"));
            assertTrue(r.get("initiatedBy").get("user").isObject() || r.get("initiatedBy").get("app").isObject());
            assertTrue(ids.add(r.get("id").asText()), "ids are unique");
        }
    }

    @Test
    void graphPagesAreEnvelopesLinkedToTheNextPage() throws IOException {
        List<Path> pages = Exports.graphPages(dir);
        for (int i = 0; i < pages.size(); i++) {
            JsonNode root = Exports.JSON.readTree(pages.get(i).toFile());
            assertTrue(root.isObject());
            assertTrue(root.get("@odata.context").asText().endsWith("#auditLogs/directoryAudits"));
            assertTrue(root.get("value").isArray());
            boolean last = i == pages.size() - 1;
            assertEquals(!last, root.has("@odata.nextLink"), pages.get(i).getFileName().toString());
            for (JsonNode r : root.get("value")) {
                for (String field : RECORD_FIELDS) {
                    assertTrue(r.has(field), "record has " + field);
                }
                assertFalse(r.has("userAgent"), "Graph v1.0 has no userAgent");
            }
        }
    }

    @Test
    void consecutiveGraphPagesRepeatAFewRecords() throws IOException {
        List<Path> pages = Exports.graphPages(dir);
        for (int i = 1; i < pages.size(); i++) {
            JsonNode before = Exports.JSON.readTree(pages.get(i - 1).toFile()).get("value");
            JsonNode after = Exports.JSON.readTree(pages.get(i).toFile()).get("value");
            for (int k = 0; k < GraphPagesWriter.REPEATED; k++) {
                assertEquals(before.get(before.size() - GraphPagesWriter.REPEATED + k), after.get(k));
            }
        }
    }

    @Test
    void aResetFlowIsSplitAcrossTwoGraphPages() throws IOException {
        List<Path> pages = Exports.graphPages(dir);
        boolean split = false;
        for (int i = 1; i < pages.size(); i++) {
            Set<String> before = flowCorrelations(Exports.jsonEvents(pages.get(i - 1)));
            List<AuditEvent> after = Exports.jsonEvents(pages.get(i));
            Set<String> fresh = flowCorrelations(after.subList(GraphPagesWriter.REPEATED, after.size()));
            fresh.retainAll(before);
            split |= !fresh.isEmpty();
        }
        assertTrue(split);
    }

    private static Set<String> flowCorrelations(List<AuditEvent> events) {
        Set<String> out = new HashSet<>();
        events.stream().filter(e -> Activities.isResetFlow(e.service(), e.activity()))
                .forEach(e -> out.add(e.correlationId()));
        return out;
    }
}
