package com.ssprviewer.store.query;

/** The fields the list of password reset policy changes sorts by. */
public enum PolicySort implements SortField {
    DATE("date"),
    INITIATED_BY("initiatedby"),
    STATUS("status");

    private final String key;

    PolicySort(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public ListKind list() {
        return ListKind.POLICY;
    }
}
