package com.ssprviewer.store.query;

import java.util.List;

/** The three lists the store serves, with the sortable fields each has (as used by {@code --sort} and the tables). */
public enum ListKind {
    EVENTS(List.of("date", "service", "category", "activity", "status", "reason", "initiatedby", "target", "ip")),
    ATTEMPTS(List.of("user", "role", "date", "methods", "result", "details")),
    REGISTRATIONS(List.of("user", "role", "date", "data"));

    private final List<String> fields;

    ListKind(List<String> fields) {
        this.fields = fields;
    }

    public List<String> sortFields() {
        return fields;
    }

    /** Newest first: every list's default order. */
    public Sort defaultSort() {
        return new Sort("date", true);
    }
}
