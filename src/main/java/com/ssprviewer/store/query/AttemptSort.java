package com.ssprviewer.store.query;

/** The fields the reset attempts list sorts by. */
public enum AttemptSort implements SortField {
    USER("user"),
    ROLE("role"),
    DATE("date"),
    METHODS("methods"),
    RESULT("result"),
    DETAILS("details");

    private final String key;

    AttemptSort(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public ListKind list() {
        return ListKind.ATTEMPTS;
    }
}
