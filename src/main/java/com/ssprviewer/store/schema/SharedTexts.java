package com.ssprviewer.store.schema;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each text seen before, for work that holds or compares many repetitions of a few texts: repeats then
 * share one string (less memory, and equal texts compare by identity). Past {@code limit} distinct texts the rest
 * are used as they come, so unusual data only stops gaining.
 */
public final class SharedTexts {

    private final Map<String, String> texts = new HashMap<>();
    private final int limit;

    public SharedTexts(int limit) {
        this.limit = limit;
    }

    public String share(String text) {
        if (text == null) {
            return null;
        }
        String known = texts.get(text);
        if (known != null) {
            return known;
        }
        if (texts.size() < limit) {
            texts.put(text, text);
        }
        return text;
    }

    public void clear() {
        texts.clear();
    }
}
