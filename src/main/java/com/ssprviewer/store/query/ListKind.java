package com.ssprviewer.store.query;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.StoredCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lists the store serves, with the fields each sorts by (in the order {@code --sort} names them). The code
 * names the list in the store's own tables (its kept landmarks): never change or reuse one.
 */
public enum ListKind implements StoredCode<Integer> {
    EVENTS("events", "events", 1, EventSort.values(), EventSort.DATE),
    ATTEMPTS("attempts", "attempts", 2, AttemptSort.values(), AttemptSort.DATE),
    REGISTRATIONS("registrations", "registrations", 3, RegistrationSort.values(), RegistrationSort.DATE),
    /** The events that changed the password reset policy, with what each changed. */
    POLICY("policy", "policy changes", 4, PolicySort.values(), PolicySort.DATE);

    private final String key;
    private final String noun;
    private final int code;
    private final List<SortField> fields;
    private final SortField newest;

    ListKind(String key, String noun, int code, SortField[] fields, SortField newest) {
        this.key = key;
        this.noun = noun;
        this.code = code;
        this.fields = List.of(fields);
        this.newest = newest;
    }

    @Override
    public Integer code() {
        return code;
    }

    /** The list's name in a saved view's file and on the command line: lower case, stable (never change one). */
    public String key() {
        return key;
    }

    /** The list named {@code key}, if there is one. */
    public static Optional<ListKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
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

    /**
     * The filter as the list applies it: the policy changes are the events of their one activity, whatever activity
     * the filter names; the other lists take the filter as it is.
     */
    public EventFilter within(EventFilter filter) {
        EventFilter f = filter == null ? EventFilter.NONE : filter;
        return this == POLICY ? f.toBuilder().activities(Set.of(Activities.POLICY_CHANGES)).build() : f;
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
