package com.ssprviewer.store.imports;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.Removal;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.Timestamps;
import com.ssprviewer.work.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The store's data protection duties: removing the data older than a retention cut-off, and every row about one
 * person. Each runs as one transaction (whole or nothing) and, when it removed anything, is logged in the import
 * history by its counts and, for retention, its cut-off day: never by what the rows said. Asked for a preview, it
 * runs the same removal and rolls it back, so the counts shown are exactly those a removal takes.
 */
public final class Removals {

    private Removals() {
    }

    /**
     * Removes (or, when {@code apply} is false, only counts) the data from before the start of a UTC day. Stops,
     * removing nothing, when {@code progress} is cancelled.
     */
    public static Removal olderThan(Database db, LocalDate cutOff, boolean apply, Progress progress)
            throws SQLException {
        return inOneTransaction(db, apply, c -> {
            long ts = Timestamps.toNanos(cutOff.atStartOfDay().toInstant(ZoneOffset.UTC));
            RemovalRun run = new RemovalRun(c, db.strings(), EventScope.before(ts), progress);
            run.markAttempts("SELECT id FROM attempts WHERE ts < ?", ts);
            run.step();
            run.remove(ts - Timestamps.DAY, null);
            SnapshotRemoval snapshots = new SnapshotRemoval(c, run);
            snapshots.before((int) cutOff.toEpochDay());
            run.step();
            return removal(run, snapshots, 0, cutOff);
        });
    }

    /**
     * Removes (or only counts) every row about one person, named by user principal name or object id (any case):
     * the events where they are the target or the actor or that name them, their attempts, registrations and roles,
     * their rows in every registration snapshot, and the lines of the import log that name them. Stops, removing
     * nothing, when {@code progress} is cancelled.
     */
    public static Removal person(Database db, String user, boolean apply, Progress progress) throws SQLException {
        return inOneTransaction(db, apply, c -> {
            RemovalRun run = new RemovalRun(c, db.strings(), EventScope.marked(), progress);
            Person person = Person.find(c, user);
            BitSet keptTexts = person.markEvents(c, progress);
            for (String key : person.identities()) {
                run.markAttempts("SELECT id FROM attempts WHERE user_key = ?", key);
                run.removeUserRows(key);
            }
            long notes = person.removeNotes(run);
            run.step();
            run.remove(Long.MIN_VALUE, keptTexts);
            SnapshotRemoval snapshots = new SnapshotRemoval(c, run);
            for (int ref : person.snapshotRefs()) {
                snapshots.person(ref);
            }
            run.step();
            return removal(run, snapshots, notes, null);
        });
    }

    /** The sentence the import history keeps about a removal: counts and dates only. */
    public static String describe(Removal r) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        n.setGroupingUsed(true);
        if (r.cutOff() == null) {
            return "forgot a user: " + n.format(r.rows()) + " rows";
        }
        List<String> parts = new ArrayList<>();
        parts.add(n.format(r.events()) + " events");
        parts.add(n.format(r.attempts()) + " attempts");
        parts.add(n.format(r.registrations()) + " registrations");
        parts.add(n.format(r.policyChanges()) + " policy changes");
        parts.add(n.format(r.snapshots()) + " snapshots");
        return "retention: " + String.join(", ", parts) + " older than " + r.cutOff() + " removed";
    }

    private static Removal removal(RemovalRun run, SnapshotRemoval snapshots, long notes, LocalDate cutOff) {
        return new Removal(run.events, run.policyChanges, run.attempts, run.registrations, run.roles,
                snapshots.snapshots, snapshots.rows, snapshots.people, notes, cutOff);
    }

    private interface Work {
        Removal run(Connection c) throws SQLException;
    }

    private static Removal inOneTransaction(Database db, boolean apply, Work work) throws SQLException {
        Connection c = db.borrow();
        try {
            c.setAutoCommit(false);
            Removal removal = work.run(c);
            if (apply && !removal.isEmpty()) {
                log(c, removal);
                c.commit();
            } else {
                c.rollback();
            }
            return removal;
        } finally {
            db.strings().invalidate();
            db.release(c);
        }
    }

    private static void log(Connection c, Removal r) throws SQLException {
        long id = ImportLog.nextId(c, "imports");
        ImportLog.record(c, new ImportRecord(id, describe(r), 0, "", null, ImportLog.now(), r.rows(), 0, 0, 0,
                ImportResult.Outcome.REMOVED.code()), null);
    }
}
