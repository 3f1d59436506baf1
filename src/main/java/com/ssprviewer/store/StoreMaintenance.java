package com.ssprviewer.store;

import com.ssprviewer.store.paging.Upkeep;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.SortOrders;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What tests and benchmarks do to an open store beyond its API: run a maintenance or setting statement, shrink the
 * file, hold the background upkeep back, and ask whether the sort key has caught up. The window and the command line
 * never see it.
 */
final class StoreMaintenance {

    private final Database db;
    private final Upkeep upkeep;

    StoreMaintenance(Database db, Upkeep upkeep) {
        this.db = db;
        this.upkeep = upkeep;
    }

    /** Runs a maintenance or setting statement. */
    void execute(String sql) throws SQLException {
        db.execute(sql);
    }

    /** Shrinks the file, as the store does after large imports, so that it can be timed on its own. */
    void compact(int maxMillis) throws SQLException {
        db.compact(maxMillis);
    }

    /** Holds the background upkeep back (while true), as if it had not caught up yet. */
    void holdUpkeep(boolean on) {
        upkeep.await();
        upkeep.hold(on);
    }

    /** Whether the sort key covers every event readers can see. */
    boolean sortKeyComplete() throws SQLException {
        Connection c = db.borrow();
        try {
            return SortOrders.complete(c, db.visible());
        } finally {
            db.release(c);
        }
    }
}
