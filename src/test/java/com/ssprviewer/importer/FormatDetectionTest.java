package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.AuditEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectionTest {

    @TempDir
    Path dir;

    @Test
    void aPlainTextNoteIsRefusedWithAMessageNamingTheFile() {
        ExportFormatException e = assertThrows(ExportFormatException.class,
                () -> ExportFormats.open(Exports.sample("not-an-export.txt"), ZoneOffset.UTC));
        assertEquals("not-an-export.txt: not an audit export: no Date (UTC)/Activity columns and no User/Date and "
                + "Time columns.", e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = write("empty.csv", "\uFEFF  \r\n");
        ExportFormatException e = assertThrows(ExportFormatException.class,
                () -> ExportFormats.open(empty, ZoneOffset.UTC));
        assertTrue(e.getMessage().startsWith("empty.csv: "), e.getMessage());
    }

    @Test
    void jsonThatIsNoAuditDataIsRefused() throws IOException {
        Path other = write("settings.json", "{\"theme\": \"dark\", \"items\": [1, 2]}");
        ExportFormatException e = assertThrows(ExportFormatException.class,
                () -> ExportFormats.open(other, ZoneOffset.UTC));
        assertTrue(e.getMessage().startsWith("settings.json: not an audit export"), e.getMessage());
    }

    @Test
    void anArrayOfGraphEnvelopesIsReadAsGraphPages() throws IOException {
        Path file = write("pages.json", "[" + page1() + ",\n" + page2() + "]");
        assertEquals("graph-json", Exports.formatOf(file).code());
        assertEquals(40, Exports.events(Exports.readAll(file)).size());
    }

    @Test
    void concatenatedGraphEnvelopesAreReadAsGraphPages() throws IOException {
        Path file = write("pages.json", page1() + "\n" + page2());
        assertEquals("graph-json", Exports.formatOf(file).code());
        List<ParsedRow> rows = Exports.readAll(file);
        assertEquals(40, Exports.events(rows).size());
        long page1Lines = page1().lines().count();
        assertTrue(rows.get(20).line() > page1Lines, "line numbers continue into the second page");
    }

    @Test
    void jsonBrokenInTheMiddleRefusesTheFileNamingFileAndLine() throws IOException {
        String text = Files.readString(Exports.sample("audit-logs-download.json"));
        int cut = text.indexOf("\"targetResources\"", text.length() / 2);
        Path file = write("cut.json", text.substring(0, cut) + "\"targetResources\": [ {,, ]");
        long line = text.substring(0, cut).lines().count();
        ExportFormatException e = assertThrows(ExportFormatException.class, () -> Exports.readAll(file));
        assertTrue(e.getMessage().startsWith("cut.json:" + line + ": "), e.getMessage());
    }

    @Test
    void aSpanishAuditCsvIsReadByItsLocalisedHeader() throws IOException {
        Path file = write("auditoria.csv", "\uFEFF\"Fecha (UTC)\",\"IdDeCorrelación\",\"Servicio\",\"Categoría\","
                + "\"Actividad\",\"Resultado\",\"MotivoDelResultado\",\"Agente de usuario\","
                + "\"Objetivo1Tipo\",\"Objetivo1NombrePrincipalDeUsuario\",\"DetalleAdicional1Clave\","
                + "\"DetalleAdicional1Valor\"\r\n"
                + "\"2025-03-05T08:14:23.2220703Z\",\"c1\",\"Self-service Password Management\",\"UserManagement\","
                + "\"Reset password (self-service)\",\"Success\",\"Successfully completed reset.\",\"Mozilla\","
                + "\"User\",\"Ana.Lopez@fabrikam.com\",\"OnPremisesAgent\",\"None\"\r\n");
        assertEquals("audit-csv", Exports.formatOf(file).code());
        AuditEvent e = Exports.events(Exports.readAll(file)).get(0);
        assertEquals("Reset password (self-service)", e.activity());
        assertEquals("ana.lopez@fabrikam.com", e.user());
        assertEquals("Mozilla", e.userAgent());
        assertEquals("c1", e.correlationId());
        assertEquals("None", e.additionalDetails().get(0).value());
    }

    @Test
    void classicHeadersAreMatchedIgnoringCaseSpacesAndTheMethodsSpelling() throws IOException {
        Path file = write("r.csv", " user , ROLE,date and time,Method(s) Used,result,details\n"
                + "a@x.com,User,7/14/2017 1:45 PM,Alternate Email + Mobile Phone,Cancelled,\n");
        assertEquals("classic-reset-csv", Exports.formatOf(file).code());
        AuditEvent e = Exports.events(Exports.readAll(file)).get(0);
        assertEquals(2, e.methods().size());
        assertEquals("Canceled", e.result().label());
    }

    @Test
    void aRegistrationReportIsRecognisedByDataRegistered() throws IOException {
        Path file = write("reg.csv",
                "User,Role,Date and Time,Data registered\na@x.com,User,2025-01-01 10:00,Office phone\n");
        assertEquals("classic-registration-csv", Exports.formatOf(file).code());
    }

    @Test
    void anEmptyResultFallsBackToAKnownDetailsTextElseTheRowIsRejected() throws IOException {
        Path file = write("r.csv", "User,Date and Time,Result,Details\n"
                + "a@x.com,2025-01-01 10:00:00,,User tried to reset from a device without cookies enabled.\n"
                + "b@x.com,2025-01-01 10:00:00,Maybe,something\n");
        List<ParsedRow> rows = Exports.readAll(file);
        assertEquals("Failed", Exports.events(rows).get(0).result().label());
        assertEquals(List.of("unknown Result \"Maybe\""),
                Exports.rejected(rows).stream().map(ParsedRow.Rejected::reason).collect(Collectors.toList()));
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void aMissingDateRejectsTheRowAndAShortRowIsStillRead() throws IOException {
        Path file = write("r.csv", "User,Role,Date and Time,Methods Used,Result,Details\n"
                + "a@x.com,User,,,Succeeded,\n"
                + "b@x.com,User,2025-01-01 10:00:00\n");
        List<ParsedRow> rows = Exports.readAll(file);
        assertEquals("missing Date and Time", ((ParsedRow.Rejected) rows.get(0)).reason());
        assertTrue(rows.get(1) instanceof ParsedRow.Rejected, "no Result and no Details");
        Path audit = write("a.csv", "Date (UTC),Activity,Service\n2025-01-01T10:00:00Z,Update user\n");
        assertEquals("Update user", Exports.events(Exports.readAll(audit)).get(0).activity());
    }

    @Test
    void jsonKeysAreReadInAnyCaseAndAnAppActorIsAnApplication() throws IOException {
        Path file = write("odd.json", "[{\"ID\": \"x1\", \"ActivityDateTime\": \"2025-03-12T08:41:17+00:00\","
                + "\"ActivityDisplayName\": \"Update user\", \"Result\": \"FAILURE\","
                + "\"InitiatedBy\": {\"User\": null, \"App\": {\"DisplayName\": \"Sync\", \"AppId\": \"a1\","
                + "\"servicePrincipalName\": \"sync-sp\"}}}, 42, {\"id\": \"x2\"}]");
        List<ParsedRow> rows = Exports.readAll(file);
        AuditEvent e = Exports.events(rows).get(0);
        assertEquals("x1", e.sourceId());
        assertEquals("FAILURE", e.status().name());
        assertEquals("Application", e.actor().type());
        assertEquals("a1", e.actor().objectId());
        assertEquals("sync-sp", e.actor().identity());
        assertEquals(List.of("not a JSON object where a record was expected", "missing activityDateTime"),
                Exports.rejected(rows).stream().map(ParsedRow.Rejected::reason).collect(Collectors.toList()));
    }

    @Test
    void progressReachesTheFileSizeAtTheEnd() throws IOException {
        for (String name : List.of("audit-logs-download.csv", "graph-directoryAudits-page1.json")) {
            Path file = Exports.sample(name);
            try (ExportReader r = ExportFormats.open(file, ZoneOffset.UTC)) {
                while (r.next() != null) {
                    assertTrue(r.bytesRead() > 0);
                }
                assertEquals(Files.size(file), r.bytesRead(), name);
            }
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String page1() throws IOException {
        return Files.readString(Exports.sample("graph-directoryAudits-page1.json"));
    }

    private static String page2() throws IOException {
        return Files.readString(Exports.sample("graph-directoryAudits-page2.json"));
    }
}
