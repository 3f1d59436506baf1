package com.ssprviewer.store.imports;

import com.ssprviewer.importer.ExportFormat;
import com.ssprviewer.importer.ExportFormatException;
import com.ssprviewer.importer.ExportReader;
import com.ssprviewer.importer.ParsedRow;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.ImportCleanup;
import com.ssprviewer.store.schema.StoreFaults;
import com.ssprviewer.store.schema.StoreLog;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.ValueCounts;
import com.ssprviewer.store.schema.Visible;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Imports one file as one logical transaction without one huge database transaction: the import is recorded as
 * RUNNING and committed, its rows are committed every {@link ImportTuning#commitEvery} rows (a small undo log) but
 * stay invisible to readers ({@link Visible}), and one short final transaction writes what readers must see at once
 * (attempts that gained events, registrations, roles, the import marked IMPORTED). A failure or cancel removes the
 * import's rows again ({@link ImportCleanup}); a crash leaves them for the next open (or import) to remove. A refused
 * file is then recorded on its own.
 */
public final class ImportRun {

    /** Thrown inside the run when the listener asks to stop. */
    private static final class Canceled extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final Database db;
    private final ImportTuning tuning;

    public ImportRun(Database db, ImportTuning tuning) {
        this.db = db;
        this.tuning = tuning;
    }

    /**
     * Imports the reader's rows as one file. The file's digest may still be being worked out: the import log gets it
     * in the import's final transaction.
     */
    public ImportResult run(Path file, String name, long size, Future<String> sha, ExportReader reader,
                     Progress listener) {
        Counts n = new Counts();
        n.fileSize = Math.max(1, size);
        Connection c = null;
        long importId = 0;
        Visible from = null;
        long firstString = 0;
        try {
            c = db.borrow();
            if (ImportCleanup.abandoned(c)) {
                db.strings().invalidate();
            }
            Database.cacheSize(c, Database.IMPORT_CACHE_KB);
            c.setAutoCommit(false);
            importId = ImportLog.nextId(c, "imports");
            from = new Visible(ImportLog.nextId(c, "events"), ImportLog.nextId(c, "attempts"));
            firstString = db.strings().nextId(c);
            db.visible(from);
            db.imported();
            ImportLog.start(c, importId, name, size, reader.format().code(), from, firstString);
            c.commit();
            ValueCounts counts = new ValueCounts();
            NewRegistrations registrations = new NewRegistrations();
            try (AttemptWriter attempts = new AttemptWriter(c, from.attemptLimit(), from.eventLimit(), tuning,
                    counts)) {
                readAll(c, importId, from, name, reader, listener, n, attempts, counts, registrations);
                tuning.hook().at(ImportStage.ATTEMPTS, n.rowsRead);
                attempts.finish();
                c.commit();
                attempts.applyUpdates();
            }
            writeRegistrations(c, registrations, from.eventLimit());
            RoleWriter.refresh(c, importId);
            counts.write(c);
            ImportLog.complete(c, importId, FileFacts.sha256(sha), n.rowsRead, n.added, n.duplicates,
                    n.rejectedCount);
            tuning.hook().at(ImportStage.COMMIT, n.rowsRead);
            c.commit();
            db.visible(Visible.ALL);
            listener.progress(n.fileSize, n.fileSize);
            return new ImportResult(importId, file, reader.format(), ImportResult.Outcome.IMPORTED, n.rowsRead,
                    n.added, n.duplicates, n.rejectedCount, n.listed(), null);
        } catch (Canceled e) {
            undo(c, importId, from, firstString);
            return new ImportResult(0, file, reader.format(), ImportResult.Outcome.CANCELED, n.rowsRead, 0, 0, 0,
                    List.of(), name + ": import canceled; nothing from this file was stored.");
        } catch (ExportFormatException e) {
            undo(c, importId, from, firstString);
            return refuseRead(file, name, size, sha, e.getMessage());
        } catch (Exception e) {
            undo(c, importId, from, firstString);
            return failed(db.directory(), file, name, reader.format(), n.rowsRead, e);
        } finally {
            if (c != null) {
                readCache(c);
                db.release(c);
            }
        }
    }

    private static void readCache(Connection c) {
        try {
            Database.cacheSize(c, Database.READ_CACHE_KB);
        } catch (SQLException ignored) {
            // the cache only tunes speed; the import's outcome stands
        }
    }

    private void readAll(Connection c, long importId, Visible from, String name, ExportReader reader,
                         Progress listener, Counts n, AttemptWriter attempts, ValueCounts counts,
                         NewRegistrations registrations) throws Exception {
        try (EventWriter events = new EventWriter(c, importId, from.eventLimit(), db.strings(), counts,
                registrations);
             PreparedStatement rejected = ImportLog.rejectedInsert(c)) {
            Dedup dedup = new Dedup(c);
            EventKeys keys = new EventKeys();
            ParsedRow row;
            while (true) {
                if (listener.cancelled()) {
                    throw new Canceled();
                }
                tuning.hook().at(ImportStage.ROW, n.rowsRead);
                if ((row = reader.next()) == null) {
                    break;
                }
                n.rowsRead++;
                if (row instanceof ParsedRow.Rejected r) {
                    n.reject(importId, name, r, rejected);
                } else {
                    AuditEvent e = ((ParsedRow.Event) row).event();
                    long ts = Timestamps.toNanos(e.time());
                    long key = keys.key(e);
                    if (dedup.addIfNew(ts, key)) {
                        attempts.added(e, events.add(e, ts, key), ts);
                        n.added++;
                    } else {
                        n.duplicates++;
                    }
                }
                if (n.rowsRead % tuning.commitEvery() == 0) {
                    events.flush();
                    rejected.executeBatch();
                    attempts.flush();
                    c.commit();
                }
                if ((n.rowsRead & 1023) == 0) {
                    listener.progress(Math.min(reader.bytesRead(), n.fileSize * 99 / 100), n.fileSize);
                    listener.rows(n.rowsRead);
                }
            }
            events.flush();
            events.finishRoles();
            rejected.executeBatch();
            attempts.flush();
            c.commit();
        }
    }

    /** Writes the import's audit registrations, in its final transaction, so older rows it completes stay in step. */
    private void writeRegistrations(Connection c, NewRegistrations registrations, long firstEventId)
            throws SQLException {
        long[] range = registrations.range();
        if (range != null) {
            registrations.write(c, db.strings(),
                    FlowScan.olderEventsNear(c, range[0], range[1], firstEventId));
        }
    }

    /** Removes what a failed or canceled import wrote; if that fails too, the next import or open finishes it. */
    private void undo(Connection c, long importId, Visible from, long firstString) {
        if (c == null || from == null) {
            return;
        }
        try {
            c.rollback();
            ImportCleanup.remove(c, importId, from.eventLimit(), from.attemptLimit(), firstString);
            db.strings().invalidate();
            db.visible(Visible.ALL);
        } catch (SQLException ignored) {
            // the rows stay invisible (the watermark stays) until the next import or open removes them
        }
    }

    private ImportResult refuseRead(Path file, String name, long size, Future<String> sha, String message) {
        try {
            return refuse(file, name, size, FileFacts.sha256(sha), message);
        } catch (IOException e) {
            return failed(db.directory(), file, name, null, 0, e);
        }
    }

    public ImportResult refuse(Path file, String name, long size, String sha, String message) {
        Connection c = null;
        try {
            c = db.borrow();
            c.setAutoCommit(false);
            long id = ImportLog.nextId(c, "imports");
            ImportLog.record(c, new ImportRecord(id, name, size, sha, null, ImportLog.now(), 0, 0, 0, 0,
                    ImportResult.Outcome.REFUSED.code()), message);
            c.commit();
            return new ImportResult(id, file, null, ImportResult.Outcome.REFUSED, 0, 0, 0, 0, List.of(), message);
        } catch (SQLException e) {
            rollback(c);
            return failed(db.directory(), file, name, null, 0, e);
        } finally {
            if (c != null) {
                db.release(c);
            }
        }
    }

    /**
     * The result of a file whose import failed. A failure of the store itself (disk full, read-only, damaged,
     * busy, closing) is not the file's: it is thrown as a {@link com.ssprviewer.store.api.StoreAccessException}
     * with its one sentence, as every later file would fail the same way.
     */
    public static ImportResult failed(Path store, Path file, String name, ExportFormat format, long rows,
                                      Exception e) {
        if (StoreFaults.fromStore(e)) {
            StoreProblem problem = StoreFaults.classify(e);
            if (problem != StoreProblem.OTHER) {
                throw StoreFaults.access(store, "import of " + name, e);
            }
            StoreLog.failure(store, "import of " + name, e);
            return failedResult(file, name, format, rows, "the store could not be written: "
                    + StoreFaults.describe(e) + "; the store's log " + StoreLog.FILE_NAME + " has the details");
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\R", 2)[0];
        return failedResult(file, name, format, rows, why);
    }

    private static ImportResult failedResult(Path file, String name, ExportFormat format, long rows, String why) {
        return new ImportResult(0, file, format, ImportResult.Outcome.FAILED, rows, 0, 0, 0, List.of(),
                name + ": import failed and nothing was stored (" + why + "); try again, or report the file.");
    }

    private static void rollback(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is released (and rolled back again) by the pool
        }
    }

    /** The running totals of one import. */
    private static final class Counts {
        long rowsRead;
        long added;
        long duplicates;
        long fileSize = 1;
        final List<RejectedRow> rejected = new ArrayList<>();
        long rejectedCount;

        void reject(long importId, String name, ParsedRow.Rejected r, PreparedStatement p) throws SQLException {
            rejectedCount++;
            if (rejected.size() < ImportResult.MAX_LISTED_REJECTIONS) {
                rejected.add(new RejectedRow(name, r.line(), r.reason()));
            }
            p.setLong(1, importId);
            p.setLong(2, rejectedCount);
            p.setLong(3, r.line());
            p.setString(4, r.reason());
            p.addBatch();
            if (rejectedCount % 1000 == 0) {
                p.executeBatch();
            }
        }

        List<RejectedRow> listed() {
            return rejected;
        }
    }
}
