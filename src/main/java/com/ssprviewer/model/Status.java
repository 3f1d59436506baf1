package com.ssprviewer.model;

import java.util.Locale;

/** The status (Graph {@code result}) of one audit event. */
public enum Status {
    SUCCESS("Success"),
    FAILURE("Failure"),
    TIMEOUT("Timeout"),
    UNKNOWN("Unknown");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code Success}, {@code success}, {@code Failure}, {@code timeout}, ...; anything else is {@link #UNKNOWN}. */
    public static Status parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "success":
            case "succeeded":
                return SUCCESS;
            case "failure":
            case "failed":
                return FAILURE;
            case "timeout":
                return TIMEOUT;
            default:
                return UNKNOWN;
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
