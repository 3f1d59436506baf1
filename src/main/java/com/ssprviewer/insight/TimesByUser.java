package com.ssprviewer.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Attempt times collected per user, handed back sorted so that rules can tolerate any feeding order. Times are kept
 * as nanoseconds in growing arrays and users in a hash map sorted once at the end: a tree map of instant lists paid a
 * string comparison per attempt and kept a million small objects alive for the collector to copy.
 */
final class TimesByUser {

    private static final long NANOS = 1_000_000_000L;

    private final Map<String, Times> times = new HashMap<>();

    void add(String user, Instant time) {
        times.computeIfAbsent(user, u -> new Times()).add(Math.addExact(Math.multiplyExact(time.getEpochSecond(),
                NANOS), time.getNano()));
    }

    List<Instant> sorted(String user) {
        Times t = times.get(user);
        return t == null ? List.of() : t.sorted();
    }

    /** Visits users in ascending order, each with their times in ascending order. */
    void forEachUser(BiConsumer<String, List<Instant>> action) {
        List<String> users = new ArrayList<>(times.keySet());
        Collections.sort(users);
        for (String user : users) {
            action.accept(user, times.get(user).sorted());
        }
    }

    private static final class Times {
        private long[] nanos = new long[2];
        private int size;

        void add(long n) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = n;
        }

        List<Instant> sorted() {
            long[] copy = Arrays.copyOf(nanos, size);
            Arrays.sort(copy);
            List<Instant> out = new ArrayList<>(size);
            for (long n : copy) {
                out.add(Instant.ofEpochSecond(Math.floorDiv(n, NANOS), Math.floorMod(n, NANOS)));
            }
            return out;
        }
    }
}
