package com.ssprviewer.store.query;

/** The fields the events list sorts by. */
public enum EventSort implements SortField {
    DATE("date"),
    SERVICE("service"),
    CATEGORY("category"),
    ACTIVITY("activity"),
    STATUS("status"),
    REASON("reason"),
    INITIATED_BY("initiatedby"),
    TARGET("target"),
    IP("ip");

    private final String key;

    EventSort(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public ListKind list() {
        return ListKind.EVENTS;
    }
}
