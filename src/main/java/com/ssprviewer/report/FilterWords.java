package com.ssprviewer.report;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A filter in words, for the report header: "Result: Blocked, Failed; User contains "megan"". */
public final class FilterWords {

    private FilterWords() {
    }

    static String describe(EventFilter f, ReportRequest request) {
        List<String> parts = parts(f, request);
        ReportTexts t = request.texts();
        return parts.isEmpty() ? t.get("report.filters.none") : t.format("report.filters", String.join("; ", parts));
    }

    /** Each filter that is set in words ("Result: Blocked, Failed"); none for an unfiltered list. */
    public static List<String> parts(EventFilter f, ReportRequest request) {
        ReportTexts t = request.texts();
        List<String> parts = new ArrayList<>();
        if (f.from() != null) {
            parts.add(t.format("filter.from", request.time(f.from())));
        }
        if (f.to() != null) {
            parts.add(t.format("filter.to", request.time(f.to())));
        }
        set(parts, t, "filter.service", f.services());
        set(parts, t, "filter.category", f.categories());
        set(parts, t, "filter.activity", f.activities());
        set(parts, t, "filter.status", f.statuses().stream().map(Status::label).toList());
        set(parts, t, "filter.result", f.results().stream().map(Outcome::label).toList());
        set(parts, t, "filter.method", f.methods().stream().map(Method::label).toList());
        set(parts, t, "filter.role", f.roles());
        text(parts, t, "filter.user", f.user());
        text(parts, t, "filter.initiatedBy", f.initiatedBy());
        text(parts, t, "filter.target", f.target());
        text(parts, t, "filter.text", f.text());
        text(parts, t, "filter.correlation", f.correlationId());
        set(parts, t, "filter.details", f.details().stream().map(d -> "\"" + d + "\"").toList());
        return parts;
    }

    private static void set(List<String> parts, ReportTexts t, String key, Collection<String> values) {
        if (!values.isEmpty()) {
            parts.add(t.format(key, values.stream().sorted().collect(Collectors.joining(", "))));
        }
    }

    private static void text(List<String> parts, ReportTexts t, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(t.format(key, value.strip()));
        }
    }
}
