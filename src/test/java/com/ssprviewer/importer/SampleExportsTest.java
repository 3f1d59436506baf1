package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleExportsTest {

    @ParameterizedTest
    @CsvSource({
        "classic-password-reset-activity.csv, classic-reset-csv, 60",
        "classic-registration-activity.csv, classic-registration-csv, 30",
        "audit-logs-download.csv, audit-csv, 82",
        "audit-logs-download.json, audit-json, 44",
        "graph-directoryAudits-page1.json, graph-json, 20",
        "graph-directoryAudits-page2.json, graph-json, 20",
        "broken-rows.csv, classic-reset-csv, 6",
    })
    void everySampleIsRecognisedAndReadWithItsExactRowCount(String name, String formatCode, int events)
            throws IOException {
        Path file = Exports.sample(name);
        assertEquals(formatCode, Exports.formatOf(file).code());
        List<ParsedRow> rows = Exports.readAll(file);
        assertEquals(events, Exports.events(rows).size());
    }

    @Test
    void formatIsDecidedByContentNotByTheFileName(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path renamed = Files.copy(Exports.sample("audit-logs-download.json"), dir.resolve("export.csv"));
        assertEquals("audit-json", Exports.formatOf(renamed).code());
        Path csvAsTxt = Files.copy(Exports.sample("audit-logs-download.csv"), dir.resolve("audit.json"));
        assertEquals("audit-csv", Exports.formatOf(csvAsTxt).code());
    }

    @Test
    void brokenRowsAreRejectedAloneWithLineAndReason() throws IOException {
        List<ParsedRow> rows = Exports.readAll(Exports.sample("broken-rows.csv"));
        List<ParsedRow.Rejected> rejected = Exports.rejected(rows);
        assertEquals(2, rejected.size());
        assertEquals(4, rejected.get(0).line());
        assertEquals("impossible date \"2025-02-30 10:15:03\"", rejected.get(0).reason());
        assertEquals(7, rejected.get(1).line());
        assertEquals("no User", rejected.get(1).reason());
        List<Outcome> outcomes = Exports.events(rows).stream().map(AuditEvent::result).collect(Collectors.toList());
        assertEquals(List.of(Outcome.SUCCEEDED, Outcome.ABANDONED, Outcome.FAILED, Outcome.SUCCEEDED,
                Outcome.SUCCEEDED, Outcome.BLOCKED), outcomes);
    }

    @Test
    void aRowWithAnEmbeddedNewlineKeepsTheLineNumbersOfLaterRowsPhysical() throws IOException {
        List<ParsedRow> rows = Exports.readAll(Exports.sample("audit-logs-download.csv"));
        assertEquals(82, rows.size());
        assertEquals(2, rows.get(0).line());
        ParsedRow.Event row54 = (ParsedRow.Event) rows.get(53);
        assertEquals(55, row54.line());
        assertEquals("Update user", row54.event().activity());
        String newValue = row54.event().targets().get(0).modifiedProperties().get(0).newValue();
        assertTrue(newValue.contains("\n") && newValue.contains("\"PhoneNumber\":\"+1 4255550143\""), newValue);
        assertEquals(57, rows.get(54).line());
        assertEquals(84, rows.get(81).line());
    }

    @Test
    void classicResetRowsCarryUserRoleMethodsOutcomeAndDetails() throws IOException {
        AuditEvent first = Exports.events(Exports.readAll(Exports.sample("classic-password-reset-activity.csv")))
                .get(0);
        assertEquals(EventKind.CLASSIC_RESET, first.kind());
        assertEquals("allan.deyoung@fabrikam.com", first.user());
        assertEquals("User", first.role());
        assertEquals(Instant.parse("2025-03-04T09:06:02Z"), first.time());
        assertEquals(List.of(Method.MOBILE_PHONE), first.methods());
        assertEquals(Outcome.SUCCEEDED, first.result());
        assertEquals("User successfully reset password", first.reason());
    }

    @Test
    void contactedAdminInTheClassicReportIsReadAsTheCanonicalOutcome() throws IOException {
        long contacted = Exports.events(Exports.readAll(Exports.sample("classic-password-reset-activity.csv")))
                .stream().filter(e -> e.result() == Outcome.CONTACTED_ADMIN).count();
        assertEquals(3, contacted);
    }

    @Test
    void registrationRowsCarryTheDataRegistered() throws IOException {
        AuditEvent first = Exports.events(Exports.readAll(Exports.sample("classic-registration-activity.csv")))
                .get(0);
        assertEquals(EventKind.CLASSIC_REGISTRATION, first.kind());
        assertEquals(List.of(Method.ALTERNATE_EMAIL, Method.MOBILE_PHONE, Method.SECURITY_QUESTIONS),
                first.methods());
    }

    @Test
    void auditCsvRowsMapActorTargetsAndAdditionalDetails() throws IOException {
        List<AuditEvent> events = Exports.events(Exports.readAll(Exports.sample("audit-logs-download.csv")));
        AuditEvent adminReset = events.stream().filter(e -> "Reset password (by admin)".equals(e.activity()))
                .findFirst().orElseThrow();
        assertEquals(EventKind.AUDIT, adminReset.kind());
        assertNull(adminReset.sourceId());
        assertEquals("OnPremisesAgent", adminReset.additionalDetails().get(0).key());
        assertEquals("None", adminReset.additionalDetails().get(0).value());
        assertTrue(adminReset.actor().userPrincipalName() != null);
        assertTrue(events.stream().allMatch(e -> e.status() == Status.SUCCESS || e.status() == Status.FAILURE));
        AuditEvent first = events.get(0);
        assertEquals(1, first.targets().size());
        assertTrue(first.targets().get(0).modifiedProperties().isEmpty());
    }

    @Test
    void jsonRecordsMapIdsAppActorsAndAdditionalDetails() throws IOException {
        List<AuditEvent> events = Exports.events(Exports.readAll(Exports.sample("audit-logs-download.json")));
        assertEquals("SSPR_0d3471f6-90ab-44e6-9044-53985d178585_B2CPC_52879498", events.get(0).sourceId());
        assertEquals(Instant.parse("2025-03-18T08:06:49.8739847Z"), events.get(0).time());
        AuditEvent update = events.stream().filter(e -> "Update user".equals(e.activity())).findFirst().orElseThrow();
        assertEquals("Application", update.actor().type());
        assertTrue(update.actor().displayName() != null);
        AuditEvent adminReset = events.stream().filter(e -> "Reset password (by admin)".equals(e.activity()))
                .findFirst().orElseThrow();
        assertEquals("Microsoft Entra Connect", adminReset.additionalDetails().get(0).value());
    }

    @Test
    void jsonRecordsReportTheLineTheyStartOn() throws IOException {
        List<ParsedRow> rows = Exports.readAll(Exports.sample("audit-logs-download.json"));
        assertEquals(2, rows.get(0).line());
        assertTrue(rows.get(1).line() > rows.get(0).line());
    }
}
