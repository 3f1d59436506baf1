package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.SnapshotTotals;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's monthly registration snapshots and policy changes import cleanly and tell the same story as its
 * registration events: whoever registered before a snapshot's day is SSPR registered in it.
 */
class GeneratedSampleSnapshotsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    private String db;
    private List<Path> files;

    @BeforeEach
    void importSample() throws Exception {
        files = new SampleGenerator(SampleSpec.of(3, 40, 60)).writeAll(dir.resolve("sample"), Progress.NONE);
        db = dir.resolve("store").toString();
        List<String> args = new ArrayList<>(List.of("import", "--db", db));
        files.forEach(f -> args.add(f.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(files.size(), run.out().lines().count(), "one line per file, no warning: " + run.out());
        run.out().lines().forEach(line -> assertTrue(line.contains(" 0 rejected"), line));
    }

    @Test
    void monthlySnapshotsAreWrittenInGraphJsonAndTheNewestInPowerShellCsv() {
        List<String> names = files.stream().map(f -> f.getFileName().toString())
                .filter(n -> n.startsWith(SampleGenerator.SNAPSHOT_PREFIX)).toList();
        assertEquals(List.of("user-registration-details-2025-01-01.json", "user-registration-details-2025-02-01.json",
                "user-registration-details-2025-03-01.json", "user-registration-details-2025-04-01.csv"), names);
    }

    @Test
    void everyUserWithARegistrationEventBeforeASnapshotsDayIsSsprRegisteredInIt() throws Exception {
        try (Store store = Store.open(Path.of(db))) {
            Map<String, Instant> firstRegistration = new HashMap<>();
            store.forEachRegistration(EventFilter.NONE, r -> {
                if (r.successful()) {
                    firstRegistration.merge(key(r), r.time(), (a, b) -> a.isBefore(b) ? a : b);
                }
            });
            assertFalse(firstRegistration.isEmpty());
            List<SnapshotTotals> snapshots = store.snapshots();
            assertEquals(4, snapshots.size());
            for (SnapshotTotals s : snapshots) {
                Instant day = s.day().atStartOfDay(ZoneOffset.UTC).toInstant();
                Set<String> registered = new HashSet<>();
                Set<String> notRegistered = new HashSet<>();
                int[] guestsAndAdmins = new int[2];
                store.forEachSnapshotUser(s.day(), u -> {
                    UserRegistration r = u.registration();
                    String upn = r.userPrincipalName().toLowerCase(Locale.ROOT);
                    (r.ssprRegistered() ? registered : notRegistered).add(upn);
                    guestsAndAdmins[0] += r.member() ? 0 : 1;
                    guestsAndAdmins[1] += r.admin() ? 1 : 0;
                });
                firstRegistration.forEach((upn, first) -> {
                    if (first.isBefore(day)) {
                        assertTrue(registered.contains(upn), upn + " registered " + first + ", snapshot " + s.day());
                    }
                });
                assertTrue(guestsAndAdmins[0] > 0, "guests in " + s.day());
                assertEquals(4, guestsAndAdmins[1], "the tenant's administrators in " + s.day());
                assertEquals(registered.size() + notRegistered.size(), s.users());
                assertEquals(40, s.members());
            }
        }
        JsonNode first = coverage("2025-01-01");
        assertEquals("2025-01-01", first.get("snapshot").asText());
        assertTrue(first.get("ssprRegistered").asInt() < 40, "some users not registered");
    }

    @Test
    void theNewestSnapshotNamesTheRegisteredMethodsInGraphTerms() throws Exception {
        JsonNode methods = coverage("2025-04-01").get("methods");
        Set<String> names = new HashSet<>();
        methods.fieldNames().forEachRemaining(names::add);
        assertTrue(Set.of("email", "mobilePhone", "officePhone", "securityQuestion", "microsoftAuthenticatorPush",
                "softwareOneTimePasscode", "windowsHelloForBusiness").containsAll(names), names.toString());
        assertTrue(names.contains("mobilePhone"), names.toString());
    }

    @Test
    void thePolicyChangesAppearInThePolicyList() {
        CliRun run = CliRun.of("policy", "--db", db);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertTrue(run.out().contains("Number of methods required to reset: 1 -> 2"), run.out());
        assertTrue(run.out().contains("Self service password reset enabled: Selected -> All"), run.out());
    }

    private JsonNode coverage(String asOf) throws Exception {
        CliRun run = CliRun.of("coverage", "--db", db, "--as-of", asOf, "--json");
        assertEquals(0, run.exitCode(), run.err());
        return MAPPER.readTree(run.out());
    }

    private static String key(Registration r) {
        return r.user().toLowerCase(Locale.ROOT);
    }
}
