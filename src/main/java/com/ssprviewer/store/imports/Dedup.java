package com.ssprviewer.store.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides, for one import, which events the store already has, by their
 * {@link EventKeys key}. Keys are 64 bits and compared only among events of the same instant's day, so collisions
 * are negligible (a fast 64-bit string hash, not a cryptographic one: nobody gains by forging a collision in their
 * own export). Existing keys are loaded one UTC day at a time through the {@code (ts, id, key_hash)} index, which
 * keeps inserts local in time and avoids the cost of a unique random-hash index.
 */
final class Dedup {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final PreparedStatement loadDay;
    private final LongCounts known = new LongCounts(1 << 12);
    private final Set<Long> loadedDays = new HashSet<>();

    Dedup(Connection c) throws SQLException {
        loadDay = c.prepareStatement("SELECT key_hash FROM events WHERE ts >= ? AND ts < ?");
    }

    /** True (and remembered) when no stored or earlier event of this import has this key at this time's day. */
    boolean addIfNew(long tsNanos, long key) throws SQLException {
        long day = Math.floorDiv(tsNanos, NANOS_PER_DAY);
        if (loadedDays.add(day)) {
            loadDay.setLong(1, day * NANOS_PER_DAY);
            loadDay.setLong(2, (day + 1) * NANOS_PER_DAY);
            try (ResultSet rs = loadDay.executeQuery()) {
                while (rs.next()) {
                    known.increment(rs.getLong(1));
                }
            }
        }
        return known.increment(key) == 1;
    }
}
