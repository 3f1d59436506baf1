package com.ssprviewer.insight;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A counter per enum constant, so that every answer keyed by outcome or method lists all keys, zeros included. */
final class EnumCounts<E extends Enum<E>> {

    private final Class<E> type;
    private final long[] counts;

    EnumCounts(Class<E> type) {
        this.type = type;
        this.counts = new long[type.getEnumConstants().length];
    }

    void increment(E key) {
        counts[key.ordinal()]++;
    }

    void addAll(EnumCounts<E> other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** The key counted most often; on a tie the one declared first in the enum. */
    E mostFrequent() {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return type.getEnumConstants()[best];
    }

    Map<E, Long> toMap() {
        Map<E, Long> map = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            map.put(key, counts[key.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** An unmodifiable copy in enum order with every constant present; missing or null counts become 0. */
    static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            Long value = counts == null ? null : counts.get(key);
            map.put(key, value == null ? 0L : value);
        }
        return Collections.unmodifiableMap(map);
    }
}
