package com.ssprviewer.store.imports;

import com.ssprviewer.importer.ExportFormatException;
import com.ssprviewer.importer.SnapshotReader;
import com.ssprviewer.importer.SnapshotRow;
import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.RegMethods;
import com.ssprviewer.store.schema.RegState;
import com.ssprviewer.store.schema.SnapshotLists;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Imports one registration snapshot file as one transaction. The snapshot is the tenant's state on one UTC day: the
 * day of the newest {@code lastUpdatedDateTime} in the file, or the day the caller gives. Files of the same day
 * merge (Graph's pages); a person counts once per snapshot, so importing a file again adds nothing; a person listed
 * twice in one file is a rejected row. The whole file is read before anything is written, because the day is known
 * only at its end.
 */
public final class SnapshotImport {

    /** A user read from the file, with where and what the reader had to say about it. */
    private record Read(UserRegistration user, long line, String warning) {
    }

    private final Database db;

    public SnapshotImport(Database db) {
        this.db = db;
    }

    /**
     * @param givenDay the snapshot's day as the user gives it; null to take it from the file's dates
     */
    public ImportResult run(Path file, String name, long size, Future<String> sha, SnapshotReader reader,
                            LocalDate givenDay, Progress listener) throws IOException {
        List<Read> users = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long rowsRead = 0;
        Instant newest = null;
        SnapshotRow row;
        while ((row = reader.next()) != null) {
            if (listener.cancelled()) {
                return new ImportResult(0, file, reader.format(), ImportResult.Outcome.CANCELED, rowsRead, 0, 0, 0,
                        List.of(), name + ": import canceled; nothing from this file was stored.");
            }
            rowsRead++;
            if (row instanceof SnapshotRow.Rejected r) {
                rejected.add(new RejectedRow(name, r.line(), r.reason()));
            } else {
                SnapshotRow.User u = (SnapshotRow.User) row;
                users.add(new Read(u.user(), u.line(), u.warning()));
                Instant t = u.user().lastUpdated();
                if (t != null && (newest == null || t.isAfter(newest))) {
                    newest = t;
                }
            }
            if ((rowsRead & 1023) == 0) {
                listener.progress(reader.bytesRead() / 2, Math.max(1, size));
                listener.rows(rowsRead);
            }
        }
        LocalDate day = givenDay != null ? givenDay
                : newest == null ? null : LocalDate.ofInstant(newest, ZoneOffset.UTC);
        if (day == null) {
            throw new ExportFormatException(name + ": the snapshot has no dates (lastUpdatedDateTime) to tell its day;"
                    + " give the day it was taken (on the command line: import --snapshot-date YYYY-MM-DD).");
        }
        try {
            return write(file, name, size, sha, reader, day, users, rejected, rowsRead);
        } catch (SQLException e) {
            throw new IOException("the store could not write the snapshot: " + e.getMessage().split("\\R", 2)[0], e);
        } finally {
            listener.progress(Math.max(1, size), Math.max(1, size));
        }
    }

    private ImportResult write(Path file, String name, long size, Future<String> sha, SnapshotReader reader,
                               LocalDate day, List<Read> users, List<RejectedRow> rejected, long rowsRead)
            throws SQLException, IOException {
        int dayNumber = (int) day.toEpochDay();
        List<RejectedRow> warnings = new ArrayList<>();
        long added = 0;
        long duplicates = 0;
        Connection c = db.borrow();
        try {
            c.setAutoCommit(false);
            db.imported();
            RegMethods dictionary = RegMethods.read(c);
            Map<RegState, Integer> states = RegState.ids(RegState.readAll(c));
            Set<Integer> inSnapshot = people(c, dayNumber);
            Map<Integer, Long> seen = new HashMap<>();
            try (SnapshotPeople people = SnapshotPeople.read(c, dayNumber);
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO snapshot_users (snap_day, user_ref, state_ref) VALUES (?, ?, ?)")) {
                for (Read r : users) {
                    int person = people.find(c, r.user(), dayNumber);
                    Long first = seen.putIfAbsent(person, r.line());
                    if (first != null) {
                        rejected.add(new RejectedRow(name, r.line(), r.user().userPrincipalName() + " is listed"
                                + " twice in this file (first on line " + first + "); only the first counts"));
                        continue;
                    }
                    if (r.warning() != null) {
                        warnings.add(new RejectedRow(name, r.line(), r.warning()));
                    }
                    people.name(person, r.user(), dayNumber);
                    if (!inSnapshot.add(person)) {
                        duplicates++;
                        continue;
                    }
                    RegState state = RegState.of(c, r.user(), dictionary);
                    Integer stateId = states.get(state);
                    if (stateId == null) {
                        stateId = states.size() + 1;
                        state.insert(c, stateId);
                        states.put(state, stateId);
                    }
                    insert.setInt(1, dayNumber);
                    insert.setInt(2, person);
                    insert.setInt(3, stateId);
                    insert.addBatch();
                    if (++added % Database.COMMIT_ROWS == 0) {
                        insert.executeBatch();
                    }
                }
                people.flush();
                insert.executeBatch();
            }
            if (added > 0) {
                SnapshotTotalsWriter.write(c, dayNumber);
                SnapshotLists.writeAround(c, dayNumber);
            }
            rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
            long id = ImportLog.nextId(c, "imports");
            ImportLog.record(c, new ImportRecord(id, name, size, FileFacts.sha256(sha), reader.format().code(),
                    ImportLog.now(), rowsRead, added, duplicates, rejected.size(),
                    ImportResult.Outcome.IMPORTED.code()), null);
            lines(c, "rejected_rows", id, rejected);
            lines(c, "import_warnings", id, warnings);
            c.commit();
            return new ImportResult(id, file, reader.format(), ImportResult.Outcome.IMPORTED, rowsRead, added,
                    duplicates, rejected.size(), limit(rejected), null, day, limit(warnings));
        } finally {
            db.release(c);
        }
    }

    /** The people already in the day's snapshot (an earlier page or the same file imported before). */
    private static Set<Integer> people(Connection c, int day) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT user_ref FROM snapshot_users WHERE snap_day = ?")) {
            p.setInt(1, day);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
        }
        return out;
    }

    private static void lines(Connection c, String table, long importId, List<RejectedRow> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table
                + " (import_id, seq, line, reason) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (RejectedRow r : rows) {
                p.setLong(1, importId);
                p.setLong(2, ++seq);
                p.setLong(3, r.line());
                p.setString(4, r.reason());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static List<RejectedRow> limit(List<RejectedRow> rows) {
        return rows.size() <= ImportResult.MAX_LISTED_REJECTIONS ? rows
                : Collections.unmodifiableList(rows.subList(0, ImportResult.MAX_LISTED_REJECTIONS));
    }
}
