package com.ssprviewer.store.query;

/** The fields the registrations list sorts by. */
public enum RegistrationSort implements SortField {
    USER("user"),
    ROLE("role"),
    DATE("date"),
    DATA("data");

    private final String key;

    RegistrationSort(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public ListKind list() {
        return ListKind.REGISTRATIONS;
    }
}
