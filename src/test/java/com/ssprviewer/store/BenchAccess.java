package com.ssprviewer.store;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportReader;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.sql.SQLException;

/** Lets the benchmark (another package) drive the package-private import path. */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static ImportResult importReader(Store store, String name, ExportReader reader, Progress listener) {
        return store.importReader(Path.of(name), name, 1, "0".repeat(64), reader, listener);
    }

    public static void compact(Store store, int maxMillis) throws SQLException {
        store.maintenance().compact(maxMillis);
    }

    /**
     * Opens the benchmark store of {@code rows} generated audit events (seed 42) in {@code work}, generating and
     * importing it the first time, and returns it once its background upkeep is done.
     */
    public static Store generatedStore(Path work, long rows) {
        try {
            Path dir = work.resolve("store-" + rows);
            boolean fresh = !java.nio.file.Files.exists(dir);
            Store store = Store.open(dir);
            if (fresh) {
                Path csv = work.resolve("audit-" + rows + ".csv");
                com.ssprviewer.sample.SampleGenerator.writeAuditCsv(csv, rows, 42);
                long t = System.nanoTime();
                store.importFile(csv, ExportFormats.opener(), Progress.NONE);
                System.out.printf("imported %d rows in %.1f s%n", rows, (System.nanoTime() - t) / 1e9);
                java.nio.file.Files.delete(csv);
            }
            store.finishBackgroundWork();
            return store;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(Store store, String sql) throws SQLException {
        store.maintenance().execute(sql);
    }
}
