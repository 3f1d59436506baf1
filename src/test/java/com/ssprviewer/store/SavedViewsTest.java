package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.api.StoredView;
import com.ssprviewer.store.query.AttemptSort;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.EventSort;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.ViewColumn;
import com.ssprviewer.store.query.ViewDocument;
import com.ssprviewer.store.query.ViewFileException;
import com.ssprviewer.store.query.ViewRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedViewsTest {

    @TempDir
    Path dir;

    static SavedView blockedAdmins() {
        EventFilter filter = EventFilter.builder().results(Set.of(Outcome.BLOCKED, Outcome.FAILED))
                .methods(Set.of(Method.MOBILE_PHONE)).roles(Set.of("Global Administrator")).user("fabrikam")
                .text("-\"office phone\" details:blocked").details(Set.of("")).build();
        return new SavedView("  Blocked admins  ", ListKind.ATTEMPTS, ViewRange.last(Duration.ofDays(7)), filter,
                new Sort(AttemptSort.USER, false),
                List.of(new ViewColumn("user", 180.5), new ViewColumn("result", null)));
    }

    static SavedView failures() {
        EventFilter filter = EventFilter.builder().statuses(Set.of(Status.FAILURE)).services(Set.of("Core Directory",
                "Self-service Password Management")).activities(Set.of("Reset password (self-service)"))
                .from(Instant.parse("2025-03-01T00:00:00Z")).to(Instant.parse("2025-03-02T00:00:00Z"))
                .initiatedBy("alex").target("patti").correlationId("c0ffee").build();
        return new SavedView("Failures", ListKind.EVENTS, ViewRange.ALL, filter, new Sort(EventSort.DATE, true),
                List.of());
    }

    @Test
    void aSavedViewIsListedUnderItsListWithItsNameTrimmedAndReadsBackEqual() throws Exception {
        try (Store store = Store.open(dir.resolve("s"))) {
            assertTrue(store.saveView(blockedAdmins(), false));
            assertTrue(store.saveView(failures(), false));
            List<StoredView> attempts = store.views(ListKind.ATTEMPTS);
            assertEquals(1, attempts.size());
            assertEquals("Blocked admins", attempts.get(0).view().name());
            assertEquals(blockedAdmins(), attempts.get(0).view());
            assertEquals(List.of(ListKind.EVENTS, ListKind.ATTEMPTS),
                    store.views(null).stream().map(v -> v.view().list()).toList());
            assertEquals(failures(), store.view(ListKind.EVENTS, " failures ").orElseThrow().view());
            assertTrue(store.view(ListKind.ATTEMPTS, "Failures").isEmpty(), "a name belongs to one list");
        }
    }

    @Test
    void aNameIsUniquePerListIgnoringCaseAndReplacedOnlyWhenAsked() throws Exception {
        try (Store store = Store.open(dir.resolve("s"))) {
            store.saveView(blockedAdmins(), false);
            SavedView other = new SavedView("BLOCKED ADMINS", ListKind.ATTEMPTS, ViewRange.ALL, EventFilter.NONE,
                    null, null);
            assertFalse(store.saveView(other, false), "a second view of the same name is refused");
            assertEquals(blockedAdmins(), store.view(ListKind.ATTEMPTS, "blocked admins").orElseThrow().view());
            StoredView before = store.view(ListKind.ATTEMPTS, "Blocked admins").orElseThrow();
            assertTrue(store.saveView(other, true));
            StoredView after = store.view(ListKind.ATTEMPTS, "Blocked admins").orElseThrow();
            assertEquals(other, after.view());
            assertEquals(before.created(), after.created(), "replacing keeps when the view was first saved");
            assertEquals(1, store.views(ListKind.ATTEMPTS).size());
            assertTrue(store.saveView(other.named("Failures"), false), "the same name on another list is free");
        }
    }

    @Test
    void renamingAndDeletingChangeOnlyThatView() throws Exception {
        try (Store store = Store.open(dir.resolve("s"))) {
            store.saveView(blockedAdmins(), false);
            store.saveView(blockedAdmins().named("Second"), false);
            assertFalse(store.renameView(ListKind.ATTEMPTS, "Second", " blocked ADMINS "), "the name is taken");
            assertTrue(store.renameView(ListKind.ATTEMPTS, "Blocked admins", "Blocked administrators"));
            assertEquals(List.of("Blocked administrators", "Second"),
                    store.views(ListKind.ATTEMPTS).stream().map(v -> v.view().name()).toList());
            assertEquals(blockedAdmins().named("Blocked administrators"),
                    store.view(ListKind.ATTEMPTS, "Blocked administrators").orElseThrow().view());
            assertTrue(store.renameView(ListKind.ATTEMPTS, "Second", "SECOND"), "a view may change its own case");
            assertThrows(NoSuchElementException.class, () -> store.renameView(ListKind.ATTEMPTS, "Gone", "X"));
            assertTrue(store.deleteView(ListKind.ATTEMPTS, "second"));
            assertFalse(store.deleteView(ListKind.ATTEMPTS, "second"));
            assertEquals(List.of("Blocked administrators"),
                    store.views(null).stream().map(v -> v.view().name()).toList());
        }
    }

    @Test
    void aNameHasOneToEightyCharactersAfterTrimming() throws Exception {
        assertEquals("A".repeat(80), SavedView.cleanName("  " + "A".repeat(80) + " "));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> SavedView.cleanName("   "));
        assertEquals("A view needs a name of 1 to 80 characters.", blank.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SavedView.cleanName("A".repeat(81)));
        try (Store store = Store.open(dir.resolve("s"))) {
            store.saveView(blockedAdmins(), false);
            assertThrows(IllegalArgumentException.class,
                    () -> store.renameView(ListKind.ATTEMPTS, "Blocked admins", "B".repeat(81)));
        }
    }

    @Test
    void aViewExportedAndImportedIntoAnotherStoreIsTheSameView() throws Exception {
        Path file = dir.resolve("view.json");
        try (Store store = Store.open(dir.resolve("a"))) {
            store.saveView(blockedAdmins(), false);
            Files.write(file, ViewDocument.write(store.view(ListKind.ATTEMPTS, "Blocked admins").orElseThrow()
                    .view()));
        }
        try (Store other = Store.open(dir.resolve("b"))) {
            SavedView imported = ViewDocument.read(Files.readAllBytes(file), file.toString());
            assertTrue(other.saveView(imported, false));
            assertEquals(blockedAdmins(), other.view(ListKind.ATTEMPTS, "Blocked admins").orElseThrow().view());
        }
        SavedView days = new SavedView("March", ListKind.REGISTRATIONS,
                ViewRange.days(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), EventFilter.NONE, null, null);
        assertEquals(days, ViewDocument.read(ViewDocument.write(days), "x"));
        assertEquals(failures(), ViewDocument.read(ViewDocument.write(failures()), "x"));
    }

    @Test
    void viewsTravelWithACopyOfTheStoreFolder() throws Exception {
        try (Store store = Store.open(dir.resolve("a"))) {
            store.saveView(blockedAdmins(), false);
        }
        copy(dir.resolve("a"), dir.resolve("copy"));
        try (Store copy = Store.open(dir.resolve("copy"))) {
            assertEquals(blockedAdmins(), copy.view(ListKind.ATTEMPTS, "Blocked admins").orElseThrow().view());
        }
    }

    @Test
    void aFileThatIsNotAViewIsRefusedWithOneSentenceNamingIt() throws Exception {
        assertEquals("v.json is not a saved view of SSPR Audit Viewer: it is not readable JSON; choose a file"
                + " written by Export view.", refusal("{\"format\": "));
        assertEquals("v.json is not a saved view of SSPR Audit Viewer (it has no \"format\": \"sspr-audit-viewer"
                + " view\"); choose a file written by Export view.", refusal("[{\"id\": \"1\", \"activity\": \"x\"}]"));
        assertEquals("v.json was written by a newer version of SSPR Audit Viewer (view version 2); update the"
                + " program to import it.", refusal(document().replace("\"version\" : 1", "\"version\" : 2")));
        assertEquals("v.json has a value SSPR Audit Viewer cannot read in \"filter.results\" (Sometimes is not a"
                + " result); export the view again.", refusal(document().replace("\"Blocked\"", "\"Sometimes\"")));
        assertEquals("v.json has a value SSPR Audit Viewer cannot read in \"list\" (calendar is not a list of this"
                + " program); export the view again.", refusal(document().replace("\"attempts\"", "\"calendar\"")));
        assertEquals("v.json has a value SSPR Audit Viewer cannot read in \"sort.field\" (Cannot sort attempts by"
                + " 'size'; sort by one of: user, role, date, methods, result, details.); export the view again.",
                refusal(document().replace("\"field\" : \"user\"", "\"field\" : \"size\"")));
        assertTrue(refusal(document().replace("\"Blocked admins\"", "\"  \"")).startsWith("v.json cannot be used:"));
    }

    private static String document() {
        return new String(ViewDocument.write(blockedAdmins()), StandardCharsets.UTF_8);
    }

    private static String refusal(String json) {
        return assertThrows(ViewFileException.class,
                () -> ViewDocument.read(json.getBytes(StandardCharsets.UTF_8), "v.json")).getMessage();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
