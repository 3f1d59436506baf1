package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ssprviewer.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registration snapshots imported from the sample README's two files (Graph JSON of 2025-03-01, PowerShell CSV of
 * 2025-04-01) give exactly the coverage, lists and changes the README states.
 */
class RegistrationCoverageTest {

    static final String MARCH = "user-registration-details-2025-03-01.json";
    static final String APRIL = "user-registration-details-2025-04-01.csv";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("store").toString();
    }

    private CliRun importBoth() throws IOException {
        return CliRun.of("import", "--db", db(), Samples.copy(dir, MARCH).toString(),
                Samples.copy(dir, APRIL).toString());
    }

    private JsonNode coverage(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("coverage", "--db", db(), "--json"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return MAPPER.readTree(run.out());
    }

    @Test
    void bothSnapshotsImportWithOneLineEachAndAWarningForMethodsPowerShellDidNotExpand() throws IOException {
        CliRun run = importBoth();
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(MARCH + ": imported, User registration details, Microsoft Graph (JSON), 36 rows read, 36 added,"
                + " 0 duplicates, 0 rejected, snapshot 2025-03-01", lines.get(0));
        assertEquals(APRIL + ": imported, User registration details, PowerShell (CSV), 37 rows read, 37 added,"
                + " 0 duplicates, 0 rejected, snapshot 2025-04-01", lines.get(1));
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(2).startsWith("  " + APRIL + ":7: warning: MethodsRegistered is \"System.String[]\""),
                lines.get(2));
    }

    @Test
    void theNewestSnapshotGivesTheAprilFiguresListsAndChanges() throws IOException {
        importBoth();
        JsonNode c = coverage();
        assertEquals(List.of("snapshot", "members", "guests", "ssprRegistered", "ssprEnabled", "ssprCapable",
                "mfaRegistered", "mfaCapable", "passwordlessCapable", "methods", "enabledNotRegistered",
                "adminsNotCapable", "changes", "trend"), keys(c));
        assertEquals("2025-04-01", c.get("snapshot").asText());
        assertEquals(35, c.get("members").asInt());
        assertEquals(2, c.get("guests").asInt());
        assertEquals(25, c.get("ssprRegistered").asInt());
        assertEquals(34, c.get("ssprEnabled").asInt());
        assertEquals(24, c.get("ssprCapable").asInt());
        assertEquals(28, c.get("mfaRegistered").asInt());
        assertEquals(6, c.get("passwordlessCapable").asInt());
        assertEquals(counts("alternateMobilePhone", 9, "mobilePhone", 9, "microsoftAuthenticatorPush", 8,
                "officePhone", 8, "email", 6, "securityQuestion", 5, "softwareOneTimePasscode", 5,
                "windowsHelloForBusiness", 4, "fido2SecurityKey", 2), methods(c));
        assertEquals(List.of("adele.vance@fabrikam.com", "ben.walters@fabrikam.com", "isaiah.langer@fabrikam.com",
                "lee.gu@fabrikam.com", "megan.bowen@fabrikam.com", "miriam.graham@fabrikam.com",
                "olivia.hart@fabrikam.com", "patti.fernandez@fabrikam.com", "sofia.eriksson@fabrikam.com",
                "wei.zhang@fabrikam.com"), texts(c.get("enabledNotRegistered")));
        assertEquals(List.of("isaiah.langer@fabrikam.com", "miriam.graham@fabrikam.com",
                "patti.fernandez@fabrikam.com"), texts(c.get("adminsNotCapable")));
        JsonNode changes = c.get("changes");
        assertEquals(List.of("newlyRegistered", "lostRegistration", "newUsers", "goneUsers"), keys(changes));
        assertEquals(List.of("allan.deyoung@fabrikam.com", "debra.berger@fabrikam.com", "grady.archie@fabrikam.com",
                "tom.hansen@fabrikam.com"), texts(changes.get("newlyRegistered")));
        assertEquals(List.of("adele.vance@fabrikam.com"), texts(changes.get("lostRegistration")));
        assertEquals(List.of("tom.hansen@fabrikam.com", "wei.zhang@fabrikam.com"), texts(changes.get("newUsers")));
        assertEquals(List.of("gerhart.moller@fabrikam.com"), texts(changes.get("goneUsers")));
        JsonNode trend = c.get("trend");
        assertEquals(2, trend.size());
        assertEquals(List.of("snapshot", "members", "ssprRegistered", "ssprCapable"), keys(trend.get(0)));
        assertEquals("2025-03-01", trend.get(0).get("snapshot").asText());
        assertEquals(List.of(34, 22, 21), List.of(trend.get(0).get("members").asInt(),
                trend.get(0).get("ssprRegistered").asInt(), trend.get(0).get("ssprCapable").asInt()));
        assertEquals("2025-04-01", trend.get(1).get("snapshot").asText());
        assertEquals(List.of(35, 25, 24), List.of(trend.get(1).get("members").asInt(),
                trend.get(1).get("ssprRegistered").asInt(), trend.get(1).get("ssprCapable").asInt()));
    }

    @Test
    void asOfADayBeforeAprilGivesTheMarchFiguresWithNoChangesAndATrendOfOne() throws IOException {
        importBoth();
        JsonNode c = coverage("--as-of", "2025-03-31");
        assertEquals("2025-03-01", c.get("snapshot").asText());
        assertEquals(34, c.get("members").asInt());
        assertEquals(2, c.get("guests").asInt());
        assertEquals(22, c.get("ssprRegistered").asInt());
        assertEquals(33, c.get("ssprEnabled").asInt());
        assertEquals(21, c.get("ssprCapable").asInt());
        assertEquals(25, c.get("mfaRegistered").asInt());
        assertEquals(7, c.get("passwordlessCapable").asInt());
        assertEquals(counts("alternateMobilePhone", 10, "microsoftAuthenticatorPush", 8, "officePhone", 8,
                "securityQuestion", 7, "mobilePhone", 6, "softwareOneTimePasscode", 5, "email", 4,
                "windowsHelloForBusiness", 4, "fido2SecurityKey", 3), methods(c));
        assertEquals(List.of("allan.deyoung@fabrikam.com", "ben.walters@fabrikam.com", "debra.berger@fabrikam.com",
                "gerhart.moller@fabrikam.com", "grady.archie@fabrikam.com", "isaiah.langer@fabrikam.com",
                "lee.gu@fabrikam.com", "megan.bowen@fabrikam.com", "miriam.graham@fabrikam.com",
                "olivia.hart@fabrikam.com", "patti.fernandez@fabrikam.com", "sofia.eriksson@fabrikam.com"),
                texts(c.get("enabledNotRegistered")));
        assertEquals(List.of("isaiah.langer@fabrikam.com", "miriam.graham@fabrikam.com",
                "patti.fernandez@fabrikam.com"), texts(c.get("adminsNotCapable")));
        for (String key : List.of("newlyRegistered", "lostRegistration", "newUsers", "goneUsers")) {
            assertTrue(c.get("changes").get(key).isArray() && c.get("changes").get(key).isEmpty(), key);
        }
        assertEquals(1, c.get("trend").size());
    }

    @Test
    void importingTheSnapshotsAgainAddsNothing() throws IOException {
        importBoth();
        CliRun again = importBoth();
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("36 rows read, 0 added, 36 duplicates, 0 rejected, snapshot 2025-03-01"),
                again.out());
        assertTrue(again.out().contains("37 rows read, 0 added, 37 duplicates, 0 rejected, snapshot 2025-04-01"),
                again.out());
        JsonNode c = coverage();
        assertEquals(35, c.get("members").asInt());
        assertEquals(2, c.get("trend").size());
    }

    @Test
    void withoutASnapshotCoverageSaysSoAndFails() throws Exception {
        Store.open(Path.of(db())).close();
        CliRun run = CliRun.of("coverage", "--db", db());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("coverage: no registration snapshot in the store"), run.err());
        CliRun early = CliRun.of("coverage", "--db", db(), "--as-of", "not-a-date");
        assertEquals(2, early.exitCode());
    }

    @Test
    void theTextAnswerNamesTheSnapshotAndItsLists() throws IOException {
        importBoth();
        CliRun run = CliRun.of("coverage", "--db", db());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Registration coverage on 2025-04-01 (counts are of members)\n"), run.out());
        assertTrue(run.out().contains("methods unknown (left out): cameron.white@fabrikam.com"), run.out());
        assertTrue(run.out().contains("Gone users (1): gerhart.moller@fabrikam.com"), run.out());
    }

    static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, Integer> methods(JsonNode c) {
        Map<String, Integer> out = new LinkedHashMap<>();
        c.get("methods").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    private static Map<String, Integer> counts(Object... nameAndCount) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndCount.length; i += 2) {
            out.put((String) nameAndCount[i], (Integer) nameAndCount[i + 1]);
        }
        return out;
    }
}
