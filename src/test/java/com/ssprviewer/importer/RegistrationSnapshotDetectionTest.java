package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.UserRegistration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registration snapshots are recognised by content and read as users' state, never as audit records. */
class RegistrationSnapshotDetectionTest {

    @TempDir
    Path dir;

    @Test
    void graphsUserRegistrationDetailsIsASnapshotNotADirectoryAuditsPage() throws IOException {
        Path file = Exports.sample("user-registration-details-2025-03-01.json");
        List<SnapshotRow> rows = readAll(file, "registration-details-json");
        assertEquals(36, rows.size());
        UserRegistration adele = ((SnapshotRow.User) rows.get(0)).user();
        assertEquals("adele.vance@fabrikam.com", adele.userPrincipalName());
        assertEquals("e3399023-ebf9-4907-9b5f-f50dfa6051eb", adele.objectId());
        assertEquals(List.of("email", "securityQuestion"), adele.methodsRegistered());
        assertEquals(Instant.parse("2025-03-01T06:12:44.1234567Z"), adele.lastUpdated());
        assertTrue(adele.member() && adele.ssprRegistered() && !adele.admin());
        ExportFormatException e = assertThrows(ExportFormatException.class,
                () -> ExportFormats.open(file, ZoneOffset.UTC));
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": a registration snapshot"), e.getMessage());
    }

    @Test
    void powerShellsCsvIsASnapshotWithUsDatesAndTheUnexpandedArrayWarnedAbout() throws IOException {
        List<SnapshotRow> rows = readAll(Exports.sample("user-registration-details-2025-04-01.csv"),
                "registration-details-csv");
        assertEquals(37, rows.size());
        SnapshotRow.User alex = (SnapshotRow.User) rows.get(1);
        assertEquals(List.of("microsoftAuthenticatorPush", "mobilePhone", "officePhone", "securityQuestion"),
                alex.user().methodsRegistered());
        assertEquals(Instant.parse("2025-04-01T05:58:09Z"), alex.user().lastUpdated());
        assertNull(alex.warning());
        SnapshotRow.User cameron = rows.stream().map(r -> (SnapshotRow.User) r)
                .filter(u -> u.user().userPrincipalName().startsWith("cameron.white")).findFirst().orElseThrow();
        assertEquals(7, cameron.line());
        assertFalse(cameron.user().methodsKnown());
        assertTrue(cameron.user().methodsRegistered().isEmpty());
        assertTrue(cameron.user().ssprRegistered(), "the flags still count");
        assertTrue(cameron.warning().startsWith("MethodsRegistered is \"System.String[]\""), cameron.warning());
    }

    @Test
    void anArrayOfRegistrationRecordsIsASnapshotToo() throws IOException {
        Path file = Files.writeString(dir.resolve("users.json"), "[{\"id\": \"1\", \"userPrincipalName\": \"a@x.com\","
                + " \"isSsprRegistered\": true, \"isSsprEnabled\": true, \"isSsprCapable\": true, \"isMfaRegistered\":"
                + " false, \"isMfaCapable\": false, \"isPasswordlessCapable\": false, \"methodsRegistered\": "
                + "\"System.Object[]\"}]", StandardCharsets.UTF_8);
        List<SnapshotRow> rows = readAll(file, "registration-details-json");
        SnapshotRow.User user = (SnapshotRow.User) rows.get(0);
        assertFalse(user.user().methodsKnown());
        assertTrue(user.warning().startsWith("methodsRegistered is \"System.Object[]\""), user.warning());
    }

    private static List<SnapshotRow> readAll(Path file, String code) throws IOException {
        List<SnapshotRow> rows = new ArrayList<>();
        try (OpenedExport opened = ExportFormats.openAny(file, ZoneOffset.UTC)) {
            assertEquals(code, opened.format().code());
            SnapshotReader reader = assertInstanceOf(OpenedExport.Snapshot.class, opened).reader();
            SnapshotRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
