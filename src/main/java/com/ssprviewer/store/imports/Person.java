package com.ssprviewer.store.imports;

import com.ssprviewer.model.Text;
import com.ssprviewer.store.schema.EventCodec;
import com.ssprviewer.work.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One person the store is asked to forget: the names they go by (the one given, and the user principal names and
 * object ids the registration snapshots pair with it), in lower case, and the rows that are about them.
 */
final class Person {

    private static final int CHECK_EVERY = 10_000;

    private final Set<String> identities;
    private final List<Integer> snapshotRefs;

    private Person(Set<String> identities, List<Integer> snapshotRefs) {
        this.identities = identities;
        this.snapshotRefs = snapshotRefs;
    }

    /** The person a user principal name or object id names; one with no rows yields no removal. */
    static Person find(Connection c, String user) throws SQLException {
        String key = Text.userKey(user);
        if (key == null) {
            throw new IllegalArgumentException("a user principal name or object id is needed");
        }
        Set<String> identities = new LinkedHashSet<>();
        identities.add(key);
        List<Integer> refs = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, upn_key, object_id FROM reg_users"
                + " WHERE upn_key = ? OR LOWER(object_id) = ?")) {
            p.setString(1, key);
            p.setString(2, key);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    refs.add(rs.getInt(1));
                    identities.add(rs.getString(2));
                    String objectId = Text.userKey(rs.getString(3));
                    if (objectId != null) {
                        identities.add(objectId);
                    }
                }
            }
        }
        return new Person(identities, refs);
    }

    Set<String> identities() {
        return identities;
    }

    /** The person's rows in {@code reg_users}. */
    List<Integer> snapshotRefs() {
        return snapshotRefs;
    }

    /**
     * Marks the events about the person: where they are the target, the actor or the user, or whose record names
     * them (a dictionary text, or a literal value, equal to one of their names). Reads every event once, and
     * returns the dictionary ids the other events refer to, which the dictionary keeps.
     */
    BitSet markEvents(Connection c, Progress progress) throws SQLException {
        Set<Integer> named = namedTexts(c);
        List<Long> about = new ArrayList<>();
        BitSet kept = new BitSet();
        long[] read = new long[1];
        Scans.lazily(c, "SELECT id, target, initiated_by, user_key, detail FROM events", rs -> {
            String detail = rs.getString(5);
            if (isAbout(rs.getString(2)) || isAbout(rs.getString(3)) || isAbout(rs.getString(4))
                    || names(detail, named)) {
                about.add(rs.getLong(1));
            } else {
                EventCodec.references(detail, kept::set);
            }
            if (++read[0] % CHECK_EVERY == 0) {
                progress.checkCancelled();
            }
        });
        try (PreparedStatement p = c.prepareStatement("INSERT INTO removing_events (id) VALUES (?)")) {
            for (long id : about) {
                p.setLong(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
        return kept;
    }

    /** Removes the lines of the import log (rejected rows, warnings) that name the person; returns how many. */
    long removeNotes(RemovalRun run) throws SQLException {
        long removed = 0;
        for (String identity : identities) {
            String like = "%" + identity.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            removed += run.update("DELETE FROM rejected_rows WHERE LOWER(reason) LIKE ? ESCAPE '\\'", like);
            removed += run.update("DELETE FROM import_warnings WHERE LOWER(reason) LIKE ? ESCAPE '\\'", like);
        }
        return removed;
    }

    private boolean isAbout(String column) {
        return column != null && !column.isEmpty() && identities.contains(column.toLowerCase(Locale.ROOT));
    }

    private Set<Integer> namedTexts(Connection c) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, text FROM strings")) {
            while (rs.next()) {
                if (identities.contains(rs.getString(2).strip().toLowerCase(Locale.ROOT))) {
                    out.add(rs.getInt(1));
                }
            }
        }
        return out;
    }

    private boolean names(String detail, Set<Integer> named) {
        String lower = detail.toLowerCase(Locale.ROOT);
        for (String identity : identities) {
            if (lower.contains("\"" + identity + "\"")) {
                return true;
            }
        }
        // most records name none of the texts: only those holding one of their numbers are read
        if (named.stream().noneMatch(id -> detail.contains(String.valueOf(id)))) {
            return false;
        }
        boolean[] hit = new boolean[1];
        EventCodec.references(detail, id -> hit[0] |= named.contains(id));
        return hit[0];
    }
}
