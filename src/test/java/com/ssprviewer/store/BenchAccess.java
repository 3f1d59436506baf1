package com.ssprviewer.store;

import com.ssprviewer.importer.ExportReader;
import java.nio.file.Path;
import java.sql.SQLException;

/** Lets the benchmark (another package) drive the package-private import path. */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static ImportResult importReader(Store store, String name, ExportReader reader, ImportListener listener) {
        return store.importReader(Path.of(name), name, 1, "0".repeat(64), reader, listener);
    }

    public static void compact(Store store, int maxMillis) throws SQLException {
        store.compact(maxMillis);
    }

    public static void awaitUpkeep(Store store) {
        store.awaitUpkeep();
    }

    public static void execute(Store store, String sql) throws SQLException {
        store.execute(sql);
    }
}
