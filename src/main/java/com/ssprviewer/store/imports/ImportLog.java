package com.ssprviewer.store.imports;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.store.schema.Visible;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The import log and its rejected rows: written with the import's transaction, read by the Imports blade. */
public final class ImportLog {

    /** The outcome of an import still being written; readers never see it, and the next open cleans it up. */
    static final String RUNNING = "RUNNING";

    private ImportLog() {
    }

    static long nextId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void record(Connection c, ImportRecord r, String message) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO imports (id, file_name, size, sha256, format,"
                + " imported_at, rows_read, events_added, duplicates, rejected, outcome, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, r.id());
            p.setString(2, r.fileName());
            p.setLong(3, r.size());
            p.setString(4, r.sha256());
            p.setString(5, r.formatCode());
            p.setLong(6, Timestamps.toNanos(r.importedAt()));
            p.setLong(7, r.rowsRead());
            p.setLong(8, r.eventsAdded());
            p.setLong(9, r.duplicates());
            p.setLong(10, r.rejected());
            p.setString(11, r.outcome());
            p.setString(12, message);
            p.executeUpdate();
        }
    }

    /**
     * Records an import as RUNNING, with the first ids its rows will take (see {@code ImportCleanup}); its digest
     * comes with {@link #complete}.
     */
    static void start(Connection c, long id, String name, long size, String formatCode, Visible from,
                      long firstString) throws SQLException {
        record(c, new ImportRecord(id, name, size, "", formatCode, now(), 0, 0, 0, 0, RUNNING), null);
        try (PreparedStatement p = c.prepareStatement("UPDATE imports SET first_event_id = ?, first_attempt_id = ?,"
                + " first_string_id = ? WHERE id = ?")) {
            p.setLong(1, from.eventLimit());
            p.setLong(2, from.attemptLimit());
            p.setLong(3, firstString);
            p.setLong(4, id);
            p.executeUpdate();
        }
    }

    /** Marks a running import complete with the file's digest and its counts. */
    static void complete(Connection c, long id, String sha, long rowsRead, long added, long duplicates, long rejected)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE imports SET sha256 = ?, imported_at = ?, rows_read = ?,"
                + " events_added = ?, duplicates = ?, rejected = ?, outcome = ? WHERE id = ?")) {
            p.setString(1, sha);
            p.setLong(2, Timestamps.toNanos(now()));
            p.setLong(3, rowsRead);
            p.setLong(4, added);
            p.setLong(5, duplicates);
            p.setLong(6, rejected);
            p.setString(7, ImportResult.Outcome.IMPORTED.code());
            p.setLong(8, id);
            p.executeUpdate();
        }
    }

    static PreparedStatement rejectedInsert(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO rejected_rows (import_id, seq, line, reason) VALUES (?, ?, ?, ?)");
    }

    public static List<ImportRecord> imports(Connection c) throws SQLException {
        List<ImportRecord> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, file_name, size, sha256, format, imported_at, rows_read,"
                     + " events_added, duplicates, rejected, outcome FROM imports WHERE outcome <> 'RUNNING'"
                     + " ORDER BY id DESC")) {
            while (rs.next()) {
                out.add(new ImportRecord(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), Timestamps.fromNanos(rs.getLong(6)),
                        rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getString(11)));
            }
        }
        return out;
    }

    public static List<RejectedRow> rejectedRows(Connection c, long importId) throws SQLException {
        return lines(c, "rejected_rows", importId);
    }

    /** What an import read but could not wholly use, by line (see {@code import_warnings}). */
    public static List<RejectedRow> warnings(Connection c, long importId) throws SQLException {
        return lines(c, "import_warnings", importId);
    }

    private static List<RejectedRow> lines(Connection c, String table, long importId) throws SQLException {
        List<RejectedRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT i.file_name, r.line, r.reason FROM " + table + " r"
                + " JOIN imports i ON i.id = r.import_id WHERE r.import_id = ? AND i.outcome <> 'RUNNING'"
                + " ORDER BY r.seq")) {
            p.setLong(1, importId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    static Instant now() {
        return Instant.now();
    }
}
