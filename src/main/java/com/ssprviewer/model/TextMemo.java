package com.ssprviewer.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a function of a text gave, for the few hundred distinct texts an export repeats millions of times
 * (reasons, Details, activities): an import asks the same question of every row, and regular expressions are not
 * free. Bounded, so unusual files with many distinct texts only stop gaining.
 */
final class TextMemo<V> {

    private static final int LIMIT = 4096;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final Function<String, V> compute;

    TextMemo(Function<String, V> compute) {
        this.compute = compute;
    }

    V get(String text) {
        V v = known.get(text);
        if (v == null) {
            v = compute.apply(text);
            if (known.size() < LIMIT) {
                known.put(text, v);
            }
        }
        return v;
    }
}
