package com.ssprviewer.store;

import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.Visible;
import java.nio.file.Path;
import java.sql.Connection;

/** Lets tests of other packages look into a closed store without starting its background work. */
public final class StoreProbe {

    private StoreProbe() {
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
