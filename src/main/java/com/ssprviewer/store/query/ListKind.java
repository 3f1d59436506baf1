package com.ssprviewer.store.query;

import java.util.List;
import java.util.Optional;

/** The three lists the store serves, with the fields each sorts by (in the order {@code --sort} names them). */
public enum ListKind {
    EVENTS("events", EventSort.values(), EventSort.DATE),
    ATTEMPTS("attempts", AttemptSort.values(), AttemptSort.DATE),
    REGISTRATIONS("registrations", RegistrationSort.values(), RegistrationSort.DATE);

    private final String noun;
    private final List<SortField> fields;
    private final SortField newest;

    ListKind(String noun, SortField[] fields, SortField newest) {
        this.noun = noun;
        this.fields = List.of(fields);
        this.newest = newest;
    }

    public List<SortField> sortFields() {
        return fields;
    }

    /** The field named {@code key} (as {@code --sort} names it), if the list sorts by it. */
    public Optional<SortField> sortField(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The names of the sort fields, comma-separated, as usage and errors list them. */
    public String sortKeys() {
        return String.join(", ", fields.stream().map(SortField::key).toList());
    }

    /** Newest first: every list's default order. */
    public Sort defaultSort() {
        return new Sort(newest, true);
    }

    /** Why the list cannot be sorted by the field named {@code key}. */
    public String cannotSortBy(String key) {
        return "Cannot sort " + noun + " by '" + key + "'; sort by one of: " + sortKeys() + ".";
    }
}
