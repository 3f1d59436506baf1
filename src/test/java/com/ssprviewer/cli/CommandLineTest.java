package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("store").toString();
    }

    private List<String> importArgs(String... names) throws Exception {
        List<String> args = new ArrayList<>(List.of("import", "--db", db()));
        for (String n : names) {
            args.add(Samples.copy(dir, n).toString());
        }
        return args;
    }

    private CliRun importing(String... names) throws Exception {
        return CliRun.of(importArgs(names).toArray(String[]::new));
    }

    private JsonNode summary() throws Exception {
        CliRun run = CliRun.of("summary", "--db", db(), "--as-of", "2025-03-26T00:00:00Z", "--json");
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void importingGoodFilesExitsZeroWithOneLinePerFile() throws Exception {
        CliRun run = importing("classic-password-reset-activity.csv", "audit-logs-download.csv");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\\R");
        assertEquals(2, lines.length, run.out());
        assertTrue(lines[0].startsWith("classic-password-reset-activity.csv: imported"), lines[0]);
        assertTrue(lines[1].contains("82 added"), lines[1]);
    }

    @Test
    void anImportIntoAStoreTooLargeToSortInFullQuicklyLeavesItsSortKeyCompleteForTheNextWindow() throws Exception {
        Path export = dir.resolve("audit-20000.csv");
        com.ssprviewer.sample.SampleGenerator.writeAuditCsv(export, 20_000, 7);

        CliProcess.Ended run = CliProcess.finish(CliProcess.java(List.of("-Dsspr.quickFullSort=1000"),
                "com.ssprviewer.Launcher", "import", "--db", db(), export.toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(com.ssprviewer.store.StoreProbe.sortKeyComplete(Path.of(db())),
                "the sort key was finished before the command ended");
    }

    @Test
    void aSmallStoresImportEndsWithoutWaitingForItsSortKeyWhichTheNextOpenCompletes() throws Exception {
        Path export = dir.resolve("audit-20000.csv");
        com.ssprviewer.sample.SampleGenerator.writeAuditCsv(export, 20_000, 7);

        CliRun run = CliRun.of("import", "--db", db(), export.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (com.ssprviewer.store.Store store = com.ssprviewer.store.Store.open(Path.of(db()))) {
            store.finishBackgroundWork();
        }
        assertTrue(com.ssprviewer.store.StoreProbe.sortKeyComplete(Path.of(db())), "the next open completed it");
    }

    @Test
    void allSamplesTogetherGiveTheCountsOfTheSamplesReadmeAndExitOne() throws Exception {
        CliRun run = importing(Samples.ALL);
        assertEquals(1, run.exitCode(), "a refused file and rejected rows make the import exit 1");
        assertTrue(run.out().contains("not-an-export.txt: refused"), run.out());
        assertTrue(run.out().contains("broken-rows.csv:4: "), run.out());
        assertTrue(run.out().contains("broken-rows.csv:7: "), run.out());
        JsonNode s = summary();
        assertEquals(259, s.get("events").asLong());
        assertEquals(104, s.get("attempts").asLong());
        JsonNode o = s.get("outcomes");
        assertEquals(51, o.get("Succeeded").asLong());
        assertEquals(14, o.get("Failed").asLong());
        assertEquals(19, o.get("Abandoned").asLong());
        assertEquals(8, o.get("Blocked").asLong());
        assertEquals(7, o.get("Canceled").asLong());
        assertEquals(5, o.get("Contacted admin").asLong());
    }

    @Test
    void importingEverythingAgainChangesNoCount() throws Exception {
        importing(Samples.ALL);
        JsonNode before = summary();
        CliRun again = importing(Samples.ALL);
        assertTrue(again.out().contains("0 added"), again.out());
        assertEquals(before, summary());
    }

    @Test
    void summaryJsonHasExactlyTheAgreedKeysInOrder() throws Exception {
        importing("classic-password-reset-activity.csv");
        List<String> keys = new ArrayList<>();
        summary().fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("asOf", "events", "attempts", "outcomes", "registeredUsers", "registrations",
                "dataRegistered", "resetsLast7Days", "attemptsLast7Days", "methods", "problems", "adminSelfResets",
                "suspicious"), keys);
    }

    @Test
    void theClassicReportsAnswerWhoRegisteredAndWhichAdministratorsResetThemselves() throws Exception {
        importing("classic-password-reset-activity.csv", "classic-registration-activity.csv");
        JsonNode s = summary();
        assertEquals(23, s.get("registeredUsers").asLong());
        assertEquals(23, s.get("registrations").size());
        assertEquals(22, s.get("dataRegistered").get("Mobile Phone").asLong());
        assertEquals(19, s.get("dataRegistered").get("Alternate Email").asLong());
        assertEquals(11, s.get("dataRegistered").get("Security Questions").asLong());
        assertEquals(1, s.get("dataRegistered").get("Office Phone").asLong());
        assertEquals(20, s.get("methods").get("Mobile Phone").asLong());
        assertEquals(13, s.get("methods").get("Alternate Email").asLong());
        JsonNode admins = s.get("adminSelfResets");
        assertEquals(3, admins.size());
        assertEquals("isaiah.langer@fabrikam.com", admins.get(0).get("user").asText());
        assertEquals(2, admins.get(0).get("count").asLong());
        assertEquals("patti.fernandez@fabrikam.com", admins.get(1).get("user").asText());
        assertEquals("miriam.graham@fabrikam.com", admins.get(2).get("user").asText());
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedByNameAndNothingIsStored() throws Exception {
        CliRun run = importing("not-an-export.txt");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("not-an-export.txt: refused"), run.out());
        assertEquals(0, summary().get("events").asLong());
    }

    @Test
    void wrongUsageExitsTwoWithAShortUsageText() {
        CliRun unknown = CliRun.of("import", "--nonsense");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("usage:"), unknown.err());
        assertEquals(2, CliRun.of("import").exitCode());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
        CliRun badSort = CliRun.of("attempts", "--db", db(), "--sort", "colour");
        assertEquals(2, badSort.exitCode());
        assertTrue(badSort.err().contains("user, role, date"), badSort.err());
        assertEquals(2, CliRun.of("summary", "--db", db(), "--as-of", "yesterday").exitCode());
        assertEquals(2, CliRun.of("attempts", "--db", db(), "--result", "Exploded").exitCode());
    }

    @Test
    void noMessageIsAStackTrace() throws Exception {
        CliRun run = importing(Samples.ALL);
        assertFalse(run.out().contains("\tat "), run.out());
        assertFalse(run.err().contains("\tat "), run.err());
        CliRun missing = CliRun.of("import", "--db", db(), dir.resolve("nope.csv").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.out().contains("nope.csv: not imported: no such file"), missing.out());
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String c : List.of("import", "summary", "events", "attempts", "registrations", "sample")) {
            CliRun run = CliRun.of(c, "--help");
            assertEquals(0, run.exitCode(), c);
            assertTrue(run.out().startsWith("usage: "), c + ": " + run.out());
        }
    }

    @Test
    void listsAreFilteredAndSortedAsAskedInCsvOrJson() throws Exception {
        importing("classic-password-reset-activity.csv");
        CliRun csv = CliRun.of("attempts", "--db", db(), "--result", "Blocked", "--sort", "user");
        assertEquals(0, csv.exitCode(), csv.err());
        String[] lines = csv.out().strip().split("\\R");
        assertEquals("user,role,date,methods,result,details", lines[0]);
        assertEquals(1 + 4, lines.length, csv.out());
        for (int i = 2; i < lines.length; i++) {
            assertTrue(lines[i - 1].compareTo(lines[i]) <= 0 || i == 1, "sorted by user");
        }
        CliRun json = CliRun.of("attempts", "--db", db(), "--format", "json", "--limit", "5", "--offset", "2");
        JsonNode rows = JSON.readTree(json.out());
        assertEquals(5, rows.size());
        CliRun all = CliRun.of("attempts", "--db", db(), "--format", "json");
        assertEquals(JSON.readTree(all.out()).get(2), rows.get(0), "offset skips rows of the same order");
    }

    @Test
    void theDetailsOptionListsExactlyTheAttemptsOfASummaryProblem() throws Exception {
        importing("classic-password-reset-activity.csv", "audit-logs-download.csv");
        JsonNode problem = summary().get("problems").get(0);
        CliRun run = CliRun.of("attempts", "--db", db(), "--format", "json",
                "--details", problem.get("details").asText(),
                "--result", "Failed,Abandoned,Blocked,Canceled,Contacted admin");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode rows = JSON.readTree(run.out());
        assertEquals(problem.get("count").asLong(), rows.size());
        CliRun help = CliRun.of("attempts", "--help");
        assertTrue(help.out().contains("--details TEXT") || help.err().contains("--details TEXT"), help.out());
    }
}
