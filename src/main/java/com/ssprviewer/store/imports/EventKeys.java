package com.ssprviewer.store.imports;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Text;
import com.ssprviewer.store.schema.Timestamps;

/**
 * The de-duplication key of each event of one import: a record with an id is keyed by it; any other by a hash of its
 * normalised content plus its occurrence number among identical rows of the file. Keys are stored with the events, so
 * this function must give the same key in every version ({@code DedupKeyTest}): kinds, statuses and results enter it
 * by their fixed key texts, methods by their labels.
 */
final class EventKeys {

    private static final long ID_SEED = 0xCBF29CE484222325L;
    private static final long CONTENT_SEED = 0x84222325CBF29CE4L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private final LongCounts occurrences = new LongCounts(1 << 12);
    private long h;

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

    /** The content hash: every field normalised (trimmed, white space folded, lower case) and closed by a separator. */
    private long content(AuditEvent e) {
        h = CONTENT_SEED;
        field(e.kind().keyText());
        h = (h ^ Timestamps.toNanos(e.time())) * FNV_PRIME;
        field(e.service());
        field(e.kind() == EventKind.AUDIT ? e.category() : Activities.LEGACY_CLASSIC_CATEGORY);
        field(e.activity());
        field(e.status().keyText());
        field(e.reason());
        field(e.actor().identity());
        field(e.targetIdentity());
        field(e.ipAddress());
        field(e.correlationId());
        field(e.role());
        field(Method.join(e.methods()));
        field(e.result() == null ? null : e.result().keyText());
        return h;
    }

    private void field(String value) {
        if (value != null) {
            long x = h;
            boolean started = false;
            boolean space = false;
            for (int i = 0, n = value.length(); i < n; i++) {
                char ch = value.charAt(i);
                if (ch < 0x80) {
                    if (ch <= ' ' && Character.isWhitespace(ch)) {
                        space = started;
                        continue;
                    }
                    if (ch >= 'A' && ch <= 'Z') {
                        ch += 'a' - 'A';
                    }
                } else if (Character.isWhitespace(ch)) {
                    space = started;
                    continue;
                } else {
                    ch = Character.toLowerCase(ch);
                }
                if (space) {
                    x = (x ^ ' ') * FNV_PRIME;
                    space = false;
                }
                x = (x ^ ch) * FNV_PRIME;
                started = true;
            }
            h = x;
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
