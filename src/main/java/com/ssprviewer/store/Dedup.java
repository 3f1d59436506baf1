package com.ssprviewer.store;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides, for one import, which events the store already has ({@code product.md}, De-duplication): a record with an
 * id is keyed by it; any other by a hash of its normalised content plus its occurrence number among identical rows
 * of the file. Keys are 64 bits and compared only among events of the same instant's day, so collisions are
 * negligible (a fast 64-bit string hash, not a cryptographic one: nobody gains by forging a collision in their own
 * export). Existing keys are loaded one UTC day at a time through the {@code (ts, id, key_hash)} index, which
 * keeps inserts local in time and avoids the cost of a unique random-hash index.
 */
final class Dedup {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long ID_SEED = 0xCBF29CE484222325L;
    private static final long CONTENT_SEED = 0x84222325CBF29CE4L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private final PreparedStatement loadDay;
    private final LongCounts occurrences = new LongCounts(1 << 12);
    private final LongCounts known = new LongCounts(1 << 12);
    private final Set<Long> loadedDays = new HashSet<>();
    private long h;

    Dedup(Connection c) throws SQLException {
        loadDay = c.prepareStatement("SELECT key_hash FROM events WHERE ts >= ? AND ts < ?");
    }

    /** The event's key; calling it counts the event as one more occurrence of its content in this file. */
    long key(AuditEvent e) {
        String id = Text.trimToNull(e.sourceId());
        if (id != null) {
            return finish(chars(ID_SEED, id));
        }
        long content = finish(content(e));
        int occurrence = occurrences.increment(content);
        return occurrence == 1 ? content : finish(content ^ (occurrence * 0x9E3779B97F4A7C15L));
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
        if (known.contains(key)) {
            return false;
        }
        known.increment(key);
        return true;
    }

    /** The content hash: every field normalised (trimmed, white space folded, lower case) and closed by a separator. */
    private long content(AuditEvent e) {
        h = CONTENT_SEED;
        field(e.kind().name());
        h = (h ^ Timestamps.toNanos(e.time())) * FNV_PRIME;
        field(e.service());
        field(e.category());
        field(e.activity());
        field(e.status().name());
        field(e.reason());
        field(e.actor().identity());
        field(e.targetIdentity());
        field(e.ipAddress());
        field(e.correlationId());
        field(e.role());
        field(Method.join(e.methods()));
        field(e.result() == null ? null : e.result().name());
        return h;
    }

    private void field(String value) {
        if (value != null) {
            boolean started = false;
            boolean space = false;
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if ((ch <= ' ' || ch >= 0x80) && Character.isWhitespace(ch)) {
                    space = started;
                    continue;
                }
                if (space) {
                    h = (h ^ ' ') * FNV_PRIME;
                    space = false;
                }
                h = (h ^ Character.toLowerCase(ch)) * FNV_PRIME;
                started = true;
            }
        }
        h = (h ^ 1) * FNV_PRIME;
    }

    /** FNV-1a over the UTF-16 units: fast, and with {@link #finish} well spread over 64 bits. */
    private static long chars(long seed, CharSequence text) {
        long h = seed;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** The finalizer of MurmurHash3: every input bit affects every output bit. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
