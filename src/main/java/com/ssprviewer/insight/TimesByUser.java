package com.ssprviewer.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Attempt times collected per user, handed back sorted so that rules can tolerate any feeding order. A hash map,
 * sorted once at the end: a tree map paid a rebalancing string comparison on every one of a million attempts.
 */
final class TimesByUser {

    private final Map<String, List<Instant>> times = new HashMap<>();

    void add(String user, Instant time) {
        times.computeIfAbsent(user, u -> new ArrayList<>()).add(time);
    }

    List<Instant> sorted(String user) {
        List<Instant> list = times.getOrDefault(user, List.of());
        List<Instant> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return copy;
    }

    /** Visits users in ascending order, each with their times in ascending order. */
    void forEachUser(BiConsumer<String, List<Instant>> action) {
        List<String> users = new ArrayList<>(times.keySet());
        Collections.sort(users);
        for (String user : users) {
            action.accept(user, sorted(user));
        }
    }
}
