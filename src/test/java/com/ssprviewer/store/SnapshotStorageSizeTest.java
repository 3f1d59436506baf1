package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monthly snapshots stay small on disk: most users do not change from one month to the next, so a snapshot costs a
 * narrow row per user, not a copy of every user's record.
 */
class SnapshotStorageSizeTest {

    private static final int USERS = 5_000;
    private static final int MONTHS = 12;
    private static final String[] METHODS = {"email", "mobilePhone", "alternateMobilePhone", "officePhone",
        "securityQuestion", "microsoftAuthenticatorPush", "softwareOneTimePasscode", "fido2SecurityKey"};

    @TempDir
    Path dir;

    @Test
    void twelveMonthlySnapshotsOfFiveThousandUsersTakeWellUnderSixtyBytesPerUserPerSnapshot() throws Exception {
        Random random = new Random(16);
        int[] state = new int[USERS];
        for (int u = 0; u < USERS; u++) {
            state[u] = random.nextInt(1 << 12);
        }
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            for (int month = 0; month < MONTHS; month++) {
                for (int u = 0; u < USERS; u++) {
                    if (random.nextInt(50) == 0) {
                        state[u] = random.nextInt(1 << 12);
                    }
                }
                LocalDate day = LocalDate.of(2024, 1, 1).plusMonths(month);
                Path file = write(dir.resolve("month" + month + ".json"), day, state);
                ImportResult result = s.importFile(file, ExportFormats.opener(), null, Progress.NONE);
                assertEquals(USERS, result.eventsAdded(), result.summaryLine());
            }
            assertEquals(MONTHS, s.snapshots().size());
        }
        long bytes = Files.size(store.resolve(Database.FILE_NAME + ".mv.db"));
        double perUser = (double) bytes / USERS / MONTHS;
        assertTrue(perUser < 40, String.format("%.1f bytes per user per snapshot (%d bytes)", perUser, bytes));
    }

    /** A Graph page of every user; a user's state number picks flags and methods. */
    private static Path write(Path file, LocalDate day, int[] state) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata"
                    + "#reports/authenticationMethods/userRegistrationDetails\",\"value\":[\n");
            for (int u = 0; u < state.length; u++) {
                int s = state[u];
                StringBuilder methods = new StringBuilder();
                for (int m = 0; m < METHODS.length; m++) {
                    if ((s >> (m + 4) & 1) == 1) {
                        methods.append(methods.length() == 0 ? "" : ",").append('"').append(METHODS[m]).append('"');
                    }
                }
                w.write((u == 0 ? "" : ",\n") + "{\"id\":\"00000000-0000-0000-0000-" + String.format("%012d", u)
                        + "\",\"userPrincipalName\":\"user" + u + "@contoso.com\",\"userDisplayName\":\"User " + u
                        + "\",\"userType\":\"" + (u % 40 == 0 ? "guest" : "member") + "\",\"isAdmin\":"
                        + (u % 100 == 0) + ",\"isSsprRegistered\":" + bit(s, 0) + ",\"isSsprEnabled\":true,"
                        + "\"isSsprCapable\":" + bit(s, 1) + ",\"isMfaRegistered\":" + bit(s, 2)
                        + ",\"isMfaCapable\":" + bit(s, 2) + ",\"isPasswordlessCapable\":" + bit(s, 3)
                        + ",\"isSystemPreferredAuthenticationMethodEnabled\":true,\"methodsRegistered\":["
                        + methods + "],\"systemPreferredAuthenticationMethods\":[],"
                        + "\"userPreferredMethodForSecondaryAuthentication\":\"none\",\"lastUpdatedDateTime\":\""
                        + day + "T06:00:00Z\"}");
            }
            w.write("]}\n");
        }
        return file;
    }

    private static boolean bit(int s, int n) {
        return (s >> n & 1) == 1;
    }
}
