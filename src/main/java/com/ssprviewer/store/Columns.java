package com.ssprviewer.store;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import java.util.Collection;

/** How model values are written to columns and read back: '' for absent texts, labels for enums, method bit masks. */
final class Columns {

    private Columns() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static int mask(Collection<Method> methods) {
        int m = 0;
        for (Method method : methods) {
            m |= 1 << method.ordinal();
        }
        return m;
    }

    static Status status(String label) {
        for (Status s : Status.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return Status.UNKNOWN;
    }

    static Outcome outcome(String label) {
        for (Outcome o : Outcome.values()) {
            if (o.label().equals(label)) {
                return o;
            }
        }
        throw new IllegalStateException("unknown outcome in store: " + label);
    }
}
