package com.ssprviewer.store;

import com.ssprviewer.importer.ExportFormatException;
import com.ssprviewer.importer.ExportOpener;
import com.ssprviewer.importer.ExportReader;
import com.ssprviewer.importer.OpenedExport;
import com.ssprviewer.importer.SnapshotReader;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.imports.FileFacts;
import com.ssprviewer.store.imports.ImportRun;
import com.ssprviewer.store.imports.ImportTuning;
import com.ssprviewer.store.imports.RoleAssignments;
import com.ssprviewer.store.imports.RoomToImport;
import com.ssprviewer.store.imports.SnapshotImport;
import com.ssprviewer.store.paging.LandmarkMemo;
import com.ssprviewer.store.paging.Upkeep;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * How the store takes in files, for {@link Store}: one at a time under the store's import lock, each reported only
 * once it is on disk, and after each the sort key and the landmarks asked to catch up.
 */
final class StoreImports {

    private final Database db;
    private final ImportTuning tuning;
    private final Object importLock;
    private final LandmarkMemo landmarks;
    private final Upkeep upkeep;

    StoreImports(Database db, ImportTuning tuning, Object importLock, LandmarkMemo landmarks, Upkeep upkeep) {
        this.db = db;
        this.tuning = tuning;
        this.importLock = importLock;
        this.landmarks = landmarks;
        this.upkeep = upkeep;
    }

    /**
     * The result once what it reports is on disk: H2 writes commits to the file in the background a moment later,
     * and a crash in that moment would leave the import marked unfinished for the next open to remove. A result that
     * cannot be made durable is reported as failed (the next open removes the import).
     */
    private ImportResult durable(ImportResult result) {
        try {
            db.persist();
            return result;
        } catch (SQLException e) {
            return ImportRun.failed(db.directory(), result.file(), String.valueOf(result.file().getFileName()),
                    result.format(), result.rowsRead(), e);
        }
    }

    /** The import of one reader's events with a digest already known (tests feed hand-built events through it). */
    ImportResult reader(Path file, String name, long size, String sha256, ExportReader reader, Progress listener) {
        return importReader(file, name, size, CompletableFuture.completedFuture(sha256), reader, listener);
    }

    private ImportResult importReader(Path file, String name, long size, Future<String> sha256, ExportReader reader,
                                      Progress listener) {
        synchronized (importLock) {
            try (ExportReader r = reader) {
                ImportResult result = new ImportRun(db, tuning).run(file, name, size, sha256,
                        r, listener == null ? Progress.NONE : listener);
                landmarks.changed();
                if (result.eventsAdded() > 0) {
                    upkeep.request();
                }
                return result;
            } catch (IOException e) {
                return ImportRun.failed(db.directory(), file, name, null, 0, e);
            }
        }
    }

    private ImportResult importSnapshot(Path file, String name, long size, Future<String> sha256,
                                        SnapshotReader reader, LocalDate day, Progress listener) {
        try (SnapshotReader r = reader) {
            return new SnapshotImport(db).run(file, name, size, sha256, r, day,
                    listener == null ? Progress.NONE : listener);
        } catch (ExportFormatException e) {
            try {
                return new ImportRun(db, tuning).refuse(file, name, size, FileFacts.sha256(sha256), e.getMessage());
            } catch (IOException digest) {
                return ImportRun.failed(db.directory(), file, name, reader.format(), 0, digest);
            }
        } catch (IOException | RuntimeException e) {
            return ImportRun.failed(db.directory(), file, name, reader.format(), 0, e);
        }
    }

    /** Imports one file of any kind the opener reads, once what it reports is on disk. */
    ImportResult file(Path file, ExportOpener opener, LocalDate snapshotDay, Progress progress) {
        return durable(once(file, opener, snapshotDay, progress));
    }

    private ImportResult once(Path file, ExportOpener opener, LocalDate snapshotDay, Progress progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return ImportRun.failed(db.directory(), file, name, null, 0, new IOException("cannot read the file"));
        }
        RoomToImport.check(db.directory(), file, size, tuning.space());
        Future<String> sha256 = FileFacts.sha256Later(file);
        try {
            synchronized (importLock) {
                OpenedExport opened;
                try {
                    opened = opener.openAny(file);
                } catch (ExportFormatException e) {
                    return new ImportRun(db, tuning).refuse(file, name, size,
                            FileFacts.sha256(sha256), e.getMessage());
                } catch (IOException | RuntimeException e) {
                    return ImportRun.failed(db.directory(), file, name, null, 0, e);
                }
                if (opened instanceof OpenedExport.Snapshot snapshot) {
                    return importSnapshot(file, name, size, sha256, snapshot.reader(), snapshotDay, progress);
                }
                return importReader(file, name, size, sha256, ((OpenedExport.Events) opened).reader(), progress);
            }
        } catch (IOException e) {
            return ImportRun.failed(db.directory(), file, name, null, 0, e);
        } finally {
            // whatever the outcome, the digest is no longer wanted once the import has ended
            sha256.cancel(true);
        }
    }

    ImportResult roleList(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            FileFacts facts = FileFacts.of(file);
            synchronized (importLock) {
                try {
                    return durable(RoleAssignments.importList(db, file, facts));
                } finally {
                    landmarks.changed();
                }
            }
        } catch (IOException e) {
            return ImportRun.failed(db.directory(), file, name, null, 0, new IOException("cannot read the file"));
        }
    }
}
