package com.ssprviewer.store.imports;

import com.ssprviewer.importer.ExportFormatException;
import com.ssprviewer.importer.ParsedRow;
import com.ssprviewer.importer.RoleList;
import com.ssprviewer.model.Text;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.Timestamps;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Roles that do not come from audit rows: an imported role list and the administrator mark set by hand. Both are
 * written as role history stamped with the current time, so the newest information wins over older classic rows.
 */
public final class RoleAssignments {

    /** The import id of roles set by hand (no file behind them). */
    static final long BY_HAND = 0;
    static final String ADMINISTRATOR = "Administrator";
    static final String USER = "User";

    private RoleAssignments() {
    }

    public static ImportResult importList(Database db, Path file, FileFacts facts) {
        String name = String.valueOf(file.getFileName());
        RoleList.Contents contents;
        try {
            contents = RoleList.read(file);
        } catch (ExportFormatException e) {
            return new ImportResult(0, file, null, ImportResult.Outcome.REFUSED, 0, 0, 0, 0, List.of(),
                    e.getMessage());
        } catch (IOException e) {
            return ImportRun.failed(db.directory(), file, name, RoleList.FORMAT, 0, e);
        }
        long rows = contents.assignments().size() + contents.rejected().size();
        List<RejectedRow> rejected = new ArrayList<>();
        for (ParsedRow.Rejected r : contents.rejected()) {
            rejected.add(new RejectedRow(name, r.line(), r.reason()));
        }
        try {
            long id = db.inTransaction(c -> {
                long importId = ImportLog.nextId(c, "imports");
                ImportLog.record(c, new ImportRecord(importId, name, facts.size(), facts.sha256(),
                        RoleList.FORMAT.code(), ImportLog.now(), rows, contents.assignments().size(), 0,
                        rejected.size(), ImportResult.Outcome.IMPORTED.code()), null);
                long now = Timestamps.toNanos(ImportLog.now());
                try (PreparedStatement p = insert(c)) {
                    for (RoleList.Assignment a : contents.assignments()) {
                        add(p, a.user(), a.role(), now, a.line(), importId);
                    }
                    p.executeBatch();
                }
                try (PreparedStatement p = ImportLog.rejectedInsert(c)) {
                    int seq = 0;
                    for (RejectedRow r : rejected) {
                        p.setLong(1, importId);
                        p.setInt(2, seq++);
                        p.setLong(3, r.line());
                        p.setString(4, r.reason());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                RoleWriter.refresh(c, importId);
                return importId;
            });
            return new ImportResult(id, file, RoleList.FORMAT, ImportResult.Outcome.IMPORTED, rows,
                    contents.assignments().size(), 0, rejected.size(), rejected, null);
        } catch (SQLException e) {
            return ImportRun.failed(db.directory(), file, name, RoleList.FORMAT, rows, e);
        }
    }

    /** Marks a user as an administrator, or as an ordinary user, from now on. */
    public static void mark(Database db, String user, boolean administrator) throws SQLException {
        String key = Text.userKey(user);
        if (key == null) {
            throw new IllegalArgumentException("a user is needed");
        }
        db.inTransaction(c -> {
            try (PreparedStatement p = insert(c)) {
                add(p, key, administrator ? ADMINISTRATOR : USER, Timestamps.toNanos(ImportLog.now()), 0, BY_HAND);
                p.executeBatch();
            }
            RoleWriter.refresh(c, BY_HAND);
            return null;
        });
    }

    private static PreparedStatement insert(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO roles (user_key, role, ts, event_id, import_id) VALUES (?, ?, ?, ?, ?)");
    }

    private static void add(PreparedStatement p, String user, String role, long ts, long seq, long importId)
            throws SQLException {
        p.setString(1, user);
        p.setString(2, role);
        p.setLong(3, ts);
        p.setLong(4, seq);
        p.setLong(5, importId);
        p.addBatch();
    }
}
