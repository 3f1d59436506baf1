package com.ssprviewer.store;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * negligible. Existing keys are loaded one UTC day at a time through the {@code (ts, id, key_hash)} index, which
 * keeps inserts local in time and avoids the cost of a unique random-hash index.
 */
final class Dedup {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final PreparedStatement loadDay;
    private final MessageDigest sha;
    private final LongCounts occurrences = new LongCounts(1 << 12);
    private final LongCounts known = new LongCounts(1 << 12);
    private final Set<Long> loadedDays = new HashSet<>();
    private final StringBuilder sb = new StringBuilder(512);

    Dedup(Connection c) throws SQLException {
        loadDay = c.prepareStatement("SELECT key_hash FROM events WHERE ts >= ? AND ts < ?");
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The event's key; calling it counts the event as one more occurrence of its content in this file. */
    long key(AuditEvent e) {
        String id = Text.trimToNull(e.sourceId());
        if (id != null) {
            return hash("id\u0001" + id);
        }
        long content = hash(content(e));
        int occurrence = occurrences.increment(content);
        return occurrence == 1 ? content : hash(content + "#" + occurrence);
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

    private String content(AuditEvent e) {
        sb.setLength(0);
        field(e.kind().name()).field(String.valueOf(Timestamps.toNanos(e.time()))).field(e.service())
                .field(e.category()).field(e.activity()).field(e.status().name()).field(e.reason())
                .field(e.actor().identity()).field(e.targetIdentity()).field(e.ipAddress())
                .field(e.correlationId()).field(e.role()).field(Method.join(e.methods()))
                .field(e.result() == null ? null : e.result().name());
        return sb.toString();
    }

    private Dedup field(String value) {
        if (value != null) {
            String v = value.strip();
            boolean space = false;
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (Character.isWhitespace(ch)) {
                    space = true;
                    continue;
                }
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(ch));
            }
        }
        sb.append('\u0001');
        return this;
    }

    private long hash(String text) {
        byte[] d = sha.digest(text.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xff);
        }
        return h;
    }
}
