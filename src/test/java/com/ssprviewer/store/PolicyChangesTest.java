package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.PolicyChange;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.PolicySort;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.work.Progress;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ninth question, "what changes were made to the SSPR policy?": every policy-change event with who, when, its
 * status and each property it changed, old and new values as a person reads them.
 */
class PolicyChangesTest {

    private static final String PATTI = "patti.fernandez@fabrikam.com";

    @TempDir
    Path dir;

    @Test
    void theSamplesThreePolicyChangesAreListedNewestFirstWithReadableOldAndNewValues() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            importSample(store, "sspr-policy-changes.json");
            importSample(store, "audit-logs-download.csv");
            List<PolicyChange> rows = store.policyChanges(EventFilter.NONE, null, PageRequest.first(50)).rows();
            assertEquals(3, rows.size(), "only the policy changes, none of the other events");
            assertEquals(List.of(Instant.parse("2025-03-24T09:30:45.500Z"), Instant.parse("2025-03-10T14:02:11.200Z"),
                    Instant.parse("2025-03-10T14:02:11.100Z")), rows.stream().map(PolicyChange::time).toList());
            rows.forEach(r -> assertEquals(PATTI, r.initiatedBy()));
            rows.forEach(r -> assertEquals(Status.SUCCESS, r.status()));
            assertEquals("Self service password reset enabled: Selected -> All", rows.get(0).changesText());
            assertEquals("Methods available to users: Email, Mobile phone -> Email, Mobile phone, Mobile app"
                    + " notification", rows.get(1).changesText());
            assertEquals("Number of methods required to reset: 1 -> 2", rows.get(2).changesText());
            assertEquals(new ModifiedProperty("Number of methods required to reset", "\"1\"", "\"2\""),
                    rows.get(2).changes().get(0), "the exported values stay as they were");
        }
    }

    @Test
    void aPeriodCountsOnlyItsPolicyChangesAndOtherFiltersStillApply() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            importSample(store, "sspr-policy-changes.json");
            EventFilter firstHalf = EventFilter.builder().from(Instant.parse("2025-03-01T00:00:00Z"))
                    .to(Instant.parse("2025-03-16T00:00:00Z")).build();
            assertEquals(3, store.count(ListKind.POLICY, EventFilter.NONE));
            assertEquals(2, store.count(ListKind.POLICY, firstHalf));
            assertEquals(2, store.policyChanges(firstHalf, null, PageRequest.first(50)).rows().size());
            assertEquals(3, store.count(ListKind.POLICY, EventFilter.builder().initiatedBy("patti").build()));
            assertEquals(0, store.count(ListKind.POLICY, EventFilter.builder().initiatedBy("megan").build()));
            assertEquals(0, store.count(ListKind.POLICY, EventFilter.builder().statuses(Set.of(Status.FAILURE))
                    .build()));
        }
    }

    @Test
    void aChangeOfSeveralPropertiesShowsEachOneInTheRecordsOrder() throws Exception {
        Path file = dir.resolve("several.json");
        Files.writeString(file, """
                [{"id": "POLICY_MANY", "category": "Policy", "correlationId": "c0ffee00-0000-4000-8000-000000000001",
                  "result": "failure", "resultReason": "Policy update failed",
                  "activityDisplayName": "Self-service password reset policy changes",
                  "activityDateTime": "2025-04-02T08:00:00Z", "loggedByService": "Self-service Password Management",
                  "operationType": "Update",
                  "initiatedBy": {"user": {"userPrincipalName": "megan.bowen@fabrikam.com"}},
                  "targetResources": [
                    {"displayName": "Password reset policy", "type": "Other", "modifiedProperties": [
                      {"displayName": "Number of days before users are asked to reconfirm", "oldValue": "\\"180\\"",
                       "newValue": "\\"90\\""},
                      {"displayName": "Require users to register when signing in", "oldValue": "\\"false\\"",
                       "newValue": "\\"true\\""}]},
                    {"displayName": "Notifications", "type": "Other", "modifiedProperties": [
                      {"displayName": "Allowed methods", "oldValue": "[\\"Email\\"]",
                       "newValue": "[\\"Email\\",\\"Office phone\\"]"}]}],
                  "additionalDetails": []}]
                """, StandardCharsets.UTF_8);
        try (Store store = Store.open(dir.resolve("store"))) {
            assertEquals(1, store.importFile(file, ExportFormats.opener(), Progress.NONE).eventsAdded());
            List<PolicyChange> rows = store.policyChanges(EventFilter.NONE, new Sort(PolicySort.STATUS, false),
                    PageRequest.first(10)).rows();
            assertEquals(1, rows.size());
            PolicyChange change = rows.get(0);
            assertEquals("megan.bowen@fabrikam.com", change.initiatedBy());
            assertEquals(Status.FAILURE, change.status());
            assertEquals(3, change.changes().size());
            assertEquals("Number of days before users are asked to reconfirm: 180 -> 90; Require users to register"
                    + " when signing in: false -> true; Allowed methods: Email -> Email, Office phone",
                    change.changesText());
        }
    }

    private void importSample(Store store, String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        ImportResult result = store.importFile(file, ExportFormats.opener(), Progress.NONE);
        assertEquals(ImportResult.Outcome.IMPORTED, result.outcome(), name + ": " + result.message());
        assertEquals(0, result.rejected(), name + " imports whole");
    }
}
