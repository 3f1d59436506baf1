package com.ssprviewer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.RoleList;
import com.ssprviewer.insight.AdminSelfResets;
import com.ssprviewer.insight.Summaries;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modern exports carry no role: a role list, or a mark set by hand, tells who is an administrator. */
class RoleListTest {

    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private Store storeWithModernResets() throws Exception {
        Store store = Store.open(dir.resolve("store"));
        store.importFile(copy("/samples/audit-logs-download.csv", "audit.csv"), ExportFormats.opener(),
                Progress.NONE);
        return store;
    }

    private static List<AdminSelfResets> admins(Store store) {
        Summary s = Summaries.compute(store, EventFilter.NONE, Instant.parse("2025-03-26T00:00:00Z"));
        return s.adminSelfResets();
    }

    @Test
    void aRoleListWithTwoAdministratorsShowsTheirSelfResets() throws Exception {
        try (Store store = storeWithModernResets()) {
            assertEquals(List.of(), admins(store), "modern exports alone know no administrators");

            ImportResult result = store.importRoleList(copy("/roles/role-assignments.csv", "roles.csv"));

            assertEquals(ImportResult.Outcome.IMPORTED, result.outcome());
            assertEquals(RoleList.FORMAT, result.format());
            assertEquals(2, result.eventsAdded());
            assertEquals(List.of("roles.csv:4: no user principal name", "roles.csv:5: no role"),
                    result.rejectedRows().stream().map(RejectedRow::toString).toList());
            assertEquals(List.of(new AdminSelfResets("alex.wilber@fabrikam.com", "Helpdesk Administrator", 1),
                    new AdminSelfResets("patti.fernandez@fabrikam.com", "Global Administrator", 1)), admins(store));
            assertTrue(store.imports().stream().anyMatch(i -> "role-list-csv".equals(i.formatCode())));
        }
    }

    @Test
    void markingAUserByHandMakesThemAnAdministratorAndUnmarkingUndoesIt() throws Exception {
        try (Store store = storeWithModernResets()) {
            store.setAdministrator("Sam.Whitaker@fabrikam.com", true);
            assertEquals(List.of(new AdminSelfResets("sam.whitaker@fabrikam.com", "Administrator", 1)),
                    admins(store));

            store.setAdministrator("sam.whitaker@fabrikam.com", false);
            assertEquals(List.of(), admins(store));
        }
    }

    @Test
    void aFileWithoutUserAndRoleColumnsIsRefusedByName() throws Exception {
        try (Store store = storeWithModernResets()) {
            ImportResult result = store.importRoleList(copy("/samples/not-an-export.txt", "note.txt"));
            assertEquals(ImportResult.Outcome.REFUSED, result.outcome());
            assertTrue(result.message().startsWith("note.txt: not a role list"), result.message());
        }
    }
}
