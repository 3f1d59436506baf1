package com.ssprviewer.store.schema;

import com.ssprviewer.store.api.SnapshotList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;

/**
 * One snapshot's people with their states, in person order (the order of the snapshot's key), so two snapshots are
 * compared by walking both side by side rather than through maps of a hundred thousand entries.
 */
final class Census {
    private int[] persons = new int[1024];
    private RegState[] states = new RegState[1024];
    private int size;

    private Census() {
    }

    static Census read(Connection c, int day, Map<Integer, RegState> byId) throws SQLException {
        Census census = new Census();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT user_ref, state_ref FROM snapshot_users WHERE snap_day = ? ORDER BY user_ref")) {
            p.setInt(1, day);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    census.add(rs.getInt(1), byId.get(rs.getInt(2)));
                }
            }
        }
        return census;
    }

    private void add(int person, RegState state) {
        if (size == persons.length) {
            persons = Arrays.copyOf(persons, size * 2);
            states = Arrays.copyOf(states, size * 2);
        }
        persons[size] = person;
        states[size++] = state;
    }

    /** Lists the members admins chase and returns the members per method (index: the method's bit). */
    long[] tally(SnapshotLists.ListSink sink) {
        long[] perMethod = new long[RegMethods.MAX];
        for (int i = 0; i < size; i++) {
            RegState u = states[i];
            if (!u.member()) {
                continue;
            }
            if (u.methodsKnown()) {
                for (long m = u.methods(); m != 0; m &= m - 1) {
                    perMethod[Long.numberOfTrailingZeros(m)]++;
                }
            } else {
                sink.add(SnapshotList.METHODS_UNKNOWN, persons[i]);
            }
            if (u.ssprEnabled() && !u.ssprRegistered()) {
                sink.add(SnapshotList.ENABLED_NOT_REGISTERED, persons[i]);
            }
            if (u.admin() && !u.ssprCapable()) {
                sink.add(SnapshotList.ADMINS_NOT_CAPABLE, persons[i]);
            }
        }
        return perMethod;
    }

    /** Lists the members who registered, lost their registration, arrived or left between two snapshots. */
    static void compare(Census before, Census now, SnapshotLists.ListSink sink) {
        int b = 0;
        int n = 0;
        while (b < before.size || n < now.size) {
            int wasPerson = b < before.size ? before.persons[b] : Integer.MAX_VALUE;
            int person = n < now.size ? now.persons[n] : Integer.MAX_VALUE;
            if (person < wasPerson) {
                changed(null, now.states[n++], person, sink);
            } else if (wasPerson < person) {
                gone(before.states[b++], wasPerson, sink);
            } else {
                changed(before.states[b++], now.states[n++], person, sink);
            }
        }
    }

    private static void changed(RegState was, RegState u, int person, SnapshotLists.ListSink sink) {
        boolean wasMember = was != null && was.member();
        if (!u.member()) {
            gone(was, person, sink);
            return;
        }
        if (!wasMember) {
            sink.add(SnapshotList.NEW_USERS, person);
        }
        if (u.ssprRegistered() && (!wasMember || !was.ssprRegistered())) {
            sink.add(SnapshotList.NEWLY_REGISTERED, person);
        }
        if (!u.ssprRegistered() && wasMember && was.ssprRegistered()) {
            sink.add(SnapshotList.LOST_REGISTRATION, person);
        }
    }

    private static void gone(RegState was, int person, SnapshotLists.ListSink sink) {
        if (was != null && was.member()) {
            sink.add(SnapshotList.GONE_USERS, person);
        }
    }
}
