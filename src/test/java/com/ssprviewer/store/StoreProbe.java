package com.ssprviewer.store;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.imports.ImportStage;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.Visible;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Lets tests of other packages look into a closed store without starting its background work. */
public final class StoreProbe {

    private StoreProbe() {
    }

    /**
     * Leaves an import of {@code rows} made-up events in the store as a kill during it would: its rows written and
     * committed, the import never marked complete.
     */
    public static void leaveUnfinishedImport(Path directory, int rows) throws Exception {
        List<AuditEvent> events = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            events.add(Fixtures.audit(Fixtures.at(i), "Update user", Status.SUCCESS, "", "unfinished-" + i,
                    "unfinished" + i + "@fabrikam.com", "198.51.100." + (i % 250)));
        }
        try (Store store = Store.open(directory, ImportTuning.DEFAULT.withHook((stage, n) -> {
            if (stage == ImportStage.ATTEMPTS) {
                throw new Died();
            }
        }))) {
            Fixtures.importRows(store, "unfinished.csv", events);
        } catch (Died expected) {
            // the import stopped where the process would have died; the store was closed as it stood
        }
    }

    /** Stands for the process dying: no code of the import runs after it. */
    private static final class Died extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** Whether the store's sort key covers every event, read without opening a {@link Store}. */
    public static boolean sortKeyComplete(Path directory) throws Exception {
        try (Database db = Database.open(directory)) {
            Connection c = db.borrow();
            try {
                return SortOrders.complete(c, Visible.ALL);
            } finally {
                db.release(c);
            }
        }
    }
}
