package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.SnapshotTotals;
import com.ssprviewer.store.api.SnapshotUser;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registration snapshot is stored whole or not at all, once per person and day, whatever files it came in. */
class RegistrationSnapshotImportTest {

    private static final String HEADER = "\"Id\",\"UserPrincipalName\",\"UserDisplayName\",\"UserType\",\"IsAdmin\","
            + "\"IsSsprRegistered\",\"IsSsprEnabled\",\"IsSsprCapable\",\"IsMfaRegistered\",\"IsMfaCapable\","
            + "\"IsPasswordlessCapable\",\"IsSystemPreferredAuthenticationMethodEnabled\",\"MethodsRegistered\","
            + "\"SystemPreferredAuthenticationMethods\",\"UserPreferredMethodForSecondaryAuthentication\","
            + "\"LastUpdatedDateTime\"\r\n";
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportResult importFile(Path file, LocalDate day) {
        return store.importFile(file, ExportFormats.opener(), day, Progress.NONE);
    }

    @Test
    void pagesOfOneDayMergeIntoOneSnapshotAndEachPersonCountsOnce() throws IOException {
        String march = resource("user-registration-details-2025-03-01.json");
        int split = march.indexOf("    {", march.indexOf("\"id\": \"", march.indexOf("\"id\"") + 4000) - 200);
        String context = "\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata"
                + "#reports/authenticationMethods/userRegistrationDetails\"";
        Path page1 = write("page1.json", march.substring(0, split).replaceAll(",\\s*$", "") + "\n  ],\n"
                + "  \"@odata.nextLink\": \"https://graph.microsoft.com/v1.0/reports/next\"\n}\n");
        Path page2 = write("page2.json", "{\n  " + context + ",\n  \"value\": [\n" + march.substring(split));
        ImportResult first = importFile(page1, null);
        ImportResult second = importFile(page2, null);
        assertEquals(ImportResult.Outcome.IMPORTED, first.outcome(), first.summaryLine());
        assertEquals(ImportResult.Outcome.IMPORTED, second.outcome(), second.summaryLine());
        assertEquals(36, first.eventsAdded() + second.eventsAdded());
        assertEquals(0, second.duplicates());
        List<SnapshotTotals> snapshots = store.snapshots();
        assertEquals(1, snapshots.size());
        assertEquals(MARCH, snapshots.get(0).day());
        assertEquals(36, snapshots.get(0).users());
        assertEquals(34, snapshots.get(0).members());
        assertEquals(22, snapshots.get(0).ssprRegistered());

        ImportResult whole = importFile(sample(dir, "user-registration-details-2025-03-01.json"), null);
        assertEquals(0, whole.eventsAdded());
        assertEquals(36, whole.duplicates());
        assertEquals(36, store.snapshots().get(0).users());
    }

    @Test
    void aUserListedTwiceInOneFileIsARejectedRowAndTheRestImports() throws IOException {
        Path file = write("twice.csv", HEADER
                + row("id-1", "a@x.com", "member", "False", "True", "True", "True", "email, mobilePhone")
                + row("id-2", "b@x.com", "member", "False", "False", "True", "False", "")
                + row("id-1", "A@x.com", "member", "False", "True", "True", "True", "email"));
        ImportResult result = importFile(file, null);
        assertEquals(ImportResult.Outcome.IMPORTED, result.outcome());
        assertEquals(3, result.rowsRead());
        assertEquals(2, result.eventsAdded());
        assertEquals(1, result.rejected());
        assertEquals("twice.csv:4: A@x.com is listed twice in this file (first on line 2); only the first counts",
                result.rejectedRows().get(0).toString());
        assertEquals(result.rejectedRows(), store.rejectedRows(result.importId()));
        assertEquals(List.of("a@x.com", "b@x.com"), upns(LocalDate.of(2025, 4, 1)));
    }

    @Test
    void aBooleanNeitherTrueNorFalseRejectsItsRow() throws IOException {
        Path file = write("maybe.csv", HEADER
                + row("id-1", "a@x.com", "member", "False", "Maybe", "True", "True", "email")
                + row("id-2", "b@x.com", "member", "False", "False", "True", "False", ""));
        ImportResult result = importFile(file, null);
        assertEquals(1, result.rejected());
        assertEquals("maybe.csv:2: IsSsprRegistered is neither true nor false: \"Maybe\"",
                result.rejectedRows().get(0).toString());
        assertEquals(List.of("b@x.com"), upns(LocalDate.of(2025, 4, 1)));
    }

    @Test
    void aSnapshotWithoutRequiredColumnsIsRefusedNamingThemAndNothingIsStored() throws IOException {
        Path file = write("short.csv", "UserPrincipalName,IsSsprRegistered,IsSsprEnabled\r\na@x.com,True,True\r\n");
        ImportResult result = importFile(file, MARCH);
        assertEquals(ImportResult.Outcome.REFUSED, result.outcome());
        assertEquals("short.csv: a registration snapshot without the columns IsSsprCapable, IsMfaRegistered,"
                + " IsMfaCapable, IsPasswordlessCapable, MethodsRegistered; export the report again with every"
                + " column.", result.message());
        assertTrue(store.snapshots().isEmpty());
        ImportRecord logged = store.imports().get(0);
        assertEquals(ImportResult.Outcome.REFUSED.code(), logged.outcome());
    }

    @Test
    void aSnapshotWithoutDatesNeedsTheDayItWasTaken() throws IOException {
        String content = HEADER.replace(",\"LastUpdatedDateTime\"", "")
                + "\"id-1\",\"a@x.com\",\"A\",\"member\",\"False\",\"True\",\"True\",\"True\",\"False\",\"False\","
                + "\"False\",\"True\",\"email\",\"\",\"none\"\r\n";
        Path file = write("undated.csv", content);
        ImportResult refused = importFile(file, null);
        assertEquals(ImportResult.Outcome.REFUSED, refused.outcome());
        assertEquals("undated.csv: the snapshot has no dates (lastUpdatedDateTime) to tell its day; give the day it"
                + " was taken (on the command line: import --snapshot-date YYYY-MM-DD).", refused.message());
        assertTrue(store.snapshots().isEmpty());
        ImportResult dated = importFile(file, MARCH);
        assertEquals(ImportResult.Outcome.IMPORTED, dated.outcome(), dated.summaryLine());
        assertEquals(MARCH, dated.snapshot());
        assertEquals(MARCH, store.snapshots().get(0).day());
    }

    @Test
    void theAdminCenterDownloadIsReadWithGraphsMethodNames() throws IOException {
        Path file = write("UserRegistrationDetails.csv", "User principal name,Name,MFA capable,Passwordless capable,"
                + "SSPR registered,SSPR enabled,SSPR capable,Methods registered,Last updated time\r\n"
                + "a@x.com,Ann,Yes,No,Yes,Yes,Yes,\"Mobile phone, Microsoft Authenticator push notification, Email\","
                + "2025-05-02T08:00:00Z\r\n"
                + "b@x.com,Bo,No,No,No,Yes,No,,2025-05-02T07:00:00Z\r\n");
        ImportResult result = importFile(file, null);
        assertEquals("UserRegistrationDetails.csv: imported, User registration details, admin center download (CSV),"
                + " 2 rows read, 2 added, 0 duplicates, 0 rejected, snapshot 2025-05-02", result.summaryLine());
        List<UserRegistration> users = users(LocalDate.of(2025, 5, 2));
        assertEquals(List.of("mobilePhone", "microsoftAuthenticatorPush", "email"),
                users.get(0).methodsRegistered().stream().sorted((x, y) -> order(x) - order(y)).toList());
        assertTrue(users.get(0).ssprRegistered() && users.get(0).mfaCapable() && users.get(0).member());
        assertFalse(users.get(1).ssprRegistered());
        assertNull(users.get(1).objectId());
        assertEquals("Bo", users.get(1).displayName());
    }

    @Test
    void aUserKnownByNameAloneIsTheSamePersonWhenAGraphExportGivesTheirId() throws IOException {
        importFile(write("portal.csv", "User principal name,MFA capable,Passwordless capable,SSPR registered,"
                + "SSPR enabled,SSPR capable,Methods registered,Last updated time\r\n"
                + "a@x.com,No,No,No,Yes,No,,2025-03-01T08:00:00Z\r\n"), null);
        importFile(write("later.csv", HEADER
                + row("id-1", "A@X.com", "member", "False", "True", "True", "True", "email")), null);
        List<SnapshotUser> march = new ArrayList<>();
        store.forEachSnapshotUser(MARCH, march::add);
        List<SnapshotUser> april = new ArrayList<>();
        store.forEachSnapshotUser(LocalDate.of(2025, 4, 1), april::add);
        assertEquals(march.get(0).person(), april.get(0).person());
        assertEquals("id-1", april.get(0).registration().objectId());
    }

    @Test
    void aPersonCarriesTheNamesOfTheNewestSnapshotThatListsThemWhateverTheOrderOfImport() throws IOException {
        importFile(write("april.csv", HEADER + row("id-1", "old@x.com", "member", "False", "True", "True", "True",
                "email")), LocalDate.of(2025, 4, 1));
        importFile(write("may.csv", HEADER + row("id-1", "new@x.com", "member", "False", "True", "True", "True",
                "email")), LocalDate.of(2025, 5, 1));
        importFile(write("march.csv", HEADER + row("id-1", "older@x.com", "member", "False", "True", "True", "True",
                "email")), MARCH);
        assertEquals(List.of("new@x.com"), upns(MARCH));
        assertEquals(List.of("new@x.com"), upns(LocalDate.of(2025, 5, 1)));
    }

    private static int order(String method) {
        return List.of("mobilePhone", "microsoftAuthenticatorPush", "email").indexOf(method);
    }

    private List<UserRegistration> users(LocalDate day) {
        List<UserRegistration> out = new ArrayList<>();
        store.forEachSnapshotUser(day, u -> out.add(u.registration()));
        out.sort(Comparator.comparing((UserRegistration u) -> u.userPrincipalName().toLowerCase(Locale.ROOT)));
        return out;
    }

    private List<String> upns(LocalDate day) {
        return users(day).stream().map(UserRegistration::userPrincipalName).collect(Collectors.toList());
    }

    /** A PowerShell row dated 2025-04-01 with the flags that matter here. */
    static String row(String id, String upn, String type, String admin, String registered, String enabled,
                      String capable, String methods) {
        return String.join(",", List.of(id, upn, upn, type, admin, registered, enabled, capable, "False", "False",
                "False", "True", methods, "", "none", "4/1/2025 5:58:09 AM").stream().map(v -> "\"" + v + "\"")
                .toList()) + "\r\n";
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RegistrationSnapshotImportTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path sample(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), resource(name), StandardCharsets.UTF_8);
    }
}
