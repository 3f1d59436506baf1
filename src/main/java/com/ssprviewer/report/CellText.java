package com.ssprviewer.report;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Unlisted;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Turns cell values into text; times through a formatter the caller chooses (UTC ISO-8601 by default), outcomes,
 * statuses, methods and {@link Unlisted} values through a naming the caller chooses (their canonical spelling by
 * default).
 */
public final class CellText {

    private CellText() {
    }

    public static String of(Object value) {
        return of(value, Instant::toString);
    }

    public static String of(Object value, Function<Instant, String> time) {
        return of(value, time, CellText::label);
    }

    public static String of(Object value, Function<Instant, String> time, Function<Enum<?>, String> names) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant i) {
            return time.apply(i);
        }
        if (value instanceof Outcome || value instanceof Status || value instanceof Unlisted) {
            return names.apply((Enum<?>) value);
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                if (sb.length() > 0) {
                    sb.append(Method.JOINER);
                }
                sb.append(o instanceof Method m ? names.apply(m) : String.valueOf(o));
            }
            return sb.toString();
        }
        return value.toString();
    }

    /**
     * The canonical spelling of an outcome, status or method (files, reports, the command line); a value the export
     * does not hold is an empty cell there.
     */
    public static String label(Enum<?> value) {
        if (value instanceof Unlisted) {
            return "";
        }
        if (value instanceof Outcome o) {
            return o.label();
        }
        if (value instanceof Status s) {
            return s.label();
        }
        return value instanceof Method m ? m.label() : value.name();
    }
}
