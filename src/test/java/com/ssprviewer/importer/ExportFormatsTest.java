package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry of export formats: stable codes, the summary line's descriptions, and the order of detection. */
class ExportFormatsTest {

    @TempDir
    Path dir;

    @Test
    void everyFormatHasOneStableCode() {
        List<String> codes = ExportFormats.all().stream().map(ExportFormat::code).toList();
        for (String code : codes) {
            assertFalse(code.isBlank(), "a blank code");
        }
        assertEquals(codes.size(), new HashSet<>(codes).size(), "codes are unique: " + codes);
        // the codes are written to stores on disk: this list only ever grows
        assertEquals(List.of("audit-csv", "classic-reset-csv", "classic-registration-csv", "audit-json", "graph-json",
                "registration-details-json", "registration-details-csv", "registration-details-portal-csv",
                "role-list-csv"), codes);
        for (ExportFormat format : ExportFormats.all()) {
            assertEquals(format, ExportFormats.byCode(format.code()).orElseThrow());
        }
    }

    @Test
    void everyFormatKeepsTheDescriptionOfTheSummaryLine() {
        assertEquals(List.of("Audit log download (CSV)", "Classic password reset activity report (CSV)",
                "Classic password reset registration activity report (CSV)", "Audit log download (JSON)",
                "Microsoft Graph directoryAudits (JSON)", "User registration details, Microsoft Graph (JSON)",
                "User registration details, PowerShell (CSV)",
                "User registration details, admin center download (CSV)", "Role assignments (CSV)"),
                ExportFormats.all().stream().map(ExportFormat::description).toList());
    }

    @Test
    void everyFormatHasItsOwnDisplayKey() {
        Set<String> keys = new HashSet<>();
        for (ExportFormat format : ExportFormats.all()) {
            assertTrue(keys.add(format.displayKey()), format.displayKey());
        }
    }

    @Test
    void aCodeThisProgramDoesNotKnowFindsNoFormat() {
        assertTrue(ExportFormats.byCode("AUDIT_CSV").isEmpty(), "old constant names are not codes");
        assertTrue(ExportFormats.byCode("from-a-newer-release").isEmpty());
        assertTrue(ExportFormats.byCode(null).isEmpty());
    }

    @Test
    void aCodeIsShortLowerCaseAndDashed() {
        assertThrows(IllegalArgumentException.class, () -> new ExportFormat("Audit CSV", "x", "k"));
        assertThrows(IllegalArgumentException.class, () -> new ExportFormat("", "x", "k"));
        assertThrows(IllegalArgumentException.class, () -> new ExportFormat("audit-csv", " ", "k"));
    }

    @Test
    void roleListsAreKnownByCodeButNeverDetected() {
        assertFalse(ExportFormats.detected().contains(RoleList.FORMAT));
        assertTrue(ExportFormats.all().contains(RoleList.FORMAT));
    }

    @Test
    void detectionAsksTheAuditDownloadBeforeTheClassicReports() throws IOException {
        Path both = write("both.csv", "Date (UTC),Activity,User,Date and Time,Result,Data Registered\n"
                + "2025-01-01T10:00:00Z,Update user,a@x.com,2025-01-01 10:00,Succeeded,Office phone\n");
        assertEquals("audit-csv", Exports.formatOf(both).code());
        Path classic = write("classic.csv", "User,Date and Time,Result,Data Registered\n"
                + "a@x.com,2025-01-01 10:00,Succeeded,Office phone\n");
        assertEquals("classic-reset-csv", Exports.formatOf(classic).code(), "resets are asked before registrations");
        assertEquals(List.of("audit-csv", "classic-reset-csv", "classic-registration-csv", "audit-json",
                "graph-json", "registration-details-json", "registration-details-csv",
                "registration-details-portal-csv"), ExportFormats.detected().stream().map(ExportFormat::code).toList());
    }

    @Test
    void aFormatMayDeclareHeaderNamesOfItsOwnBesideTheSharedTable() {
        UnaryOperator<String> names = HeaderAliases.with(List.<String[]>of(new String[] {"Ticket", "Ärende"}));
        assertEquals("Ticket", names.apply("ärende"));
        assertEquals(HeaderAliases.DATE_UTC, names.apply("Fecha (UTC)"));
        assertNull(HeaderAliases.canonical("Ticket"), "the shared table is unchanged");
    }

    @Test
    void aDeclaredHeaderNameThatAlreadyMeansAnotherColumnIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> HeaderAliases.with(List.<String[]>of(new String[] {"Ticket", "Activity"})));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
