package com.ssprviewer.store.schema;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How model values are written to columns and read back: '' for absent texts, statuses and outcomes by their stored
 * codes, methods as bit masks of their codes.
 */
public final class Columns {

    /** Parsed method lists by stored text: a few dozen combinations, read back once per attempt streamed. */
    private static final Map<String, List<Method>> METHODS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4096;

    private Columns() {
    }

    /** The methods of a stored combination text ({@link Method#join}), parsed once per distinct text. */
    public static List<Method> methods(String text) {
        List<Method> m = METHODS.get(text);
        if (m == null) {
            m = Method.parseList(text);
            if (METHODS.size() < MAX_CACHED) {
                METHODS.put(text, m);
            }
        }
        return m;
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    public static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public static int mask(Collection<Method> methods) {
        int m = 0;
        for (Method method : methods) {
            m |= 1 << method.code();
        }
        return m;
    }

    public static Status status(String code) {
        return Status.ofCode(code);
    }

    public static Outcome outcome(String code) {
        return Outcome.ofCode(code);
    }
}
