package com.ssprviewer.store.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;

/**
 * The attempts' user index ({@code attempts_user}, migrations V3 and V17), set aside while a large import writes its
 * new attempts and built again before the import completes. Users come in no order, so each new attempt lands on a
 * random page of this index: kept up one by one it cost about 11 µs per attempt of the import's own thread, against
 * about 5 µs per stored attempt to build it whole. It is set aside only when the import brings at least as many
 * attempts as the store holds, so a small import into years of history never rebuilds it.
 *
 * <p>While it is aside, readers sorted by user plan without it ({@link #missing}), and an import that fails or
 * crashes in between is cleaned up with the index built again ({@link ImportCleanup}).
 */
public final class UserIndex {

    /** New attempts below this are cheaper to index one by one (and need no schema change). */
    public static final int ASIDE_FROM = 20_000;

    private static final String NAME = "attempts_user";

    private UserIndex() {
    }

    /**
     * Sets the index aside when {@code newAttempts} is at least {@code from} and no fewer than {@code storedAtMost}
     * (attempt ids count up, so the next id bounds what is stored); commits the connection's work.
     *
     * @return whether it was set aside
     */
    public static boolean setAsideFor(Connection c, long newAttempts, long storedAtMost, int from) throws SQLException {
        if (newAttempts < from || newAttempts < storedAtMost) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX IF EXISTS " + NAME);
        }
        return true;
    }

    /** Builds the index when it is missing (as V17 defines it); commits the connection's work. */
    public static void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS " + NAME + " ON attempts (user_key, ts, id)");
        }
    }

    /** True when a query failed because it names the index while an import has it aside. */
    public static boolean missing(SQLException e) {
        return e.getErrorCode() == ErrorCode.INDEX_NOT_FOUND_1;
    }
}
