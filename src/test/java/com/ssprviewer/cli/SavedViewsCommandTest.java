package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.ViewRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedViewsCommandTest {

    @TempDir
    Path dir;
    private Path store;

    @BeforeEach
    void storeWithViews() throws Exception {
        store = dir.resolve("store");
        Path classic = Samples.copy(dir, "classic-password-reset-activity.csv");
        Path audit = Samples.copy(dir, "audit-logs-download.csv");
        assertEquals(0, CliRun.of("import", "--db", store.toString(), "--quiet", classic.toString(),
                audit.toString()).exitCode());
        try (Store s = Store.open(store)) {
            s.saveView(new SavedView("Not succeeded", ListKind.ATTEMPTS, ViewRange.ALL, EventFilter.builder()
                    .results(Set.of(Outcome.BLOCKED, Outcome.FAILED, Outcome.ABANDONED)).build(),
                    new Sort(AttemptSort.USER, false), List.of()), false);
            s.saveView(new SavedView("Failures", ListKind.EVENTS, ViewRange.ALL, EventFilter.builder()
                    .statuses(Set.of(Status.FAILURE)).build(), new Sort(EventSort.ACTIVITY, false), List.of()), false);
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = store.toString();
        return CliRun.of(all);
    }

    private String rows(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), r.err());
        return r.out();
    }

    @Test
    void aViewGivesTheSameRowsAsTheOptionsItStandsFor() {
        String byView = rows("attempts", "--view", "not succeeded");
        assertEquals(rows("attempts", "--result", "Blocked,Failed,Abandoned", "--sort", "user"), byView);
        assertTrue(byView.lines().count() > 2, byView);
        assertNotEquals(rows("attempts"), byView, "the view filters and sorts");
        assertEquals(rows("events", "--status", "Failure", "--sort", "activity", "--format", "json"),
                rows("events", "--view", "Failures", "--format", "json"));
    }

    @Test
    void optionsGivenBesideAViewReplaceWhatTheViewSaysForThem() {
        assertEquals(rows("attempts", "--result", "Blocked", "--sort", "date:desc"),
                rows("attempts", "--view", "Not succeeded", "--result", "Blocked", "--sort", "date:desc"));
        assertEquals(rows("attempts", "--result", "Blocked,Failed,Abandoned", "--sort", "user", "--user", "a"),
                rows("attempts", "--view", "Not succeeded", "--user", "a"));
    }

    @Test
    void anUnknownViewIsAUsageErrorNamingTheListsViews() {
        CliRun r = run("attempts", "--view", "Nope");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("attempts: there is no saved view named \"Nope\" of the attempts list in "
                + store + "; its views: \"Not succeeded\"\n"), r.err());
        CliRun none = run("registrations", "--view", "Failures");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("of the registrations list in " + store + "; it has no saved views"),
                none.err());
    }

    @Test
    void reportTakesTheViewOfItsBladesList() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        CliRun r = run("report", "--blade", "resets", "--view", "Not succeeded", "--out", pdf.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(pdf) > 0);
        CliRun overview = run("report", "--blade", "overview", "--view", "Failures", "--out", pdf.toString());
        assertEquals(2, overview.exitCode());
        assertTrue(overview.err().startsWith("report: --view applies to the blades of a list"), overview.err());
    }

    @Test
    void viewsListsTheStoresViewsAsTextAndJson() throws Exception {
        assertEquals("events         Failures\nattempts       Not succeeded\n", rows("views"));
        assertEquals("attempts       Not succeeded\n", rows("views", "--list", "attempts"));
        JsonNode json = new ObjectMapper().readTree(rows("views", "--json"));
        assertEquals(2, json.size());
        assertEquals("attempts", json.get(1).get("list").asText());
        assertEquals("Not succeeded", json.get(1).get("name").asText());
        assertEquals("user", json.get(1).get("sort").get("field").asText());
        assertEquals(3, json.get(1).get("filter").get("results").size());
    }

    @Test
    void aViewExportedAndImportedIntoAnotherStoreAnswersTheSame() throws Exception {
        Path file = dir.resolve("shared view.json");
        assertEquals(0, run("views", "export", "not succeeded", "--out", file.toString()).exitCode());
        Path other = dir.resolve("other");
        Path classic = Samples.copy(dir, "classic-password-reset-activity.csv");
        assertEquals(0, CliRun.of("import", "--db", other.toString(), "--quiet", classic.toString()).exitCode());
        CliRun imported = CliRun.of("views", "import", file.toString(), "--db", other.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("imported the view \"Not succeeded\" of the attempts list from " + file + "\n", imported.out());
        CliRun there = CliRun.of("attempts", "--view", "Not succeeded", "--db", other.toString());
        assertEquals(CliRun.of("attempts", "--result", "Blocked,Failed,Abandoned", "--sort", "user", "--db",
                other.toString()).out(), there.out());

        CliRun again = CliRun.of("views", "import", file.toString(), "--db", other.toString());
        assertEquals(1, again.exitCode());
        assertEquals("views: " + other + " already has a view named \"Not succeeded\" of the attempts list; give"
                + " --replace to replace it, or --name NAME to import " + file + " under another name.\n", again.err());
        assertEquals(0, CliRun.of("views", "import", file.toString(), "--replace", "--db", other.toString())
                .exitCode());
        assertEquals(0, CliRun.of("views", "import", file.toString(), "--name", "Copy", "--db", other.toString())
                .exitCode());
        assertEquals("attempts       Copy\nattempts       Not succeeded\n",
                CliRun.of("views", "--db", other.toString()).out());
    }

    @Test
    void aFileThatIsNotAViewIsRefusedWithOneSentence() throws Exception {
        Path csv = Samples.copy(dir, "audit-logs-download.json");
        CliRun r = run("views", "import", csv.toString());
        assertEquals(1, r.exitCode());
        assertEquals("views: " + csv + " is not a saved view of SSPR Audit Viewer (it has no \"format\": \""
                + "sspr-audit-viewer view\"); choose a file written by Export view.\n", r.err());
        assertEquals("events         Failures\nattempts       Not succeeded\n", rows("views"), "nothing was added");
    }
}
