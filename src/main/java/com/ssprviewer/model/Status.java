package com.ssprviewer.model;

import java.util.Locale;
import java.util.Map;

/**
 * The status (Graph {@code result}) of one audit event. Stores hold the {@link #code()} in status columns and hash the
 * {@link #keyText()} into de-duplication keys; the {@link #label()} is only shown. Codes are written to stores: never
 * change or reuse one.
 */
public enum Status implements StoredCode<String> {
    SUCCESS("Success", "Success", "SUCCESS"),
    FAILURE("Failure", "Failure", "FAILURE"),
    TIMEOUT("Timeout", "Timeout", "TIMEOUT"),
    UNKNOWN("Unknown", "Unknown", "UNKNOWN");

    private static final Map<String, Status> BY_CODE = StoredCode.byCode(Status.class);

    private final String label;
    private final String code;
    private final String keyText;

    Status(String label, String code, String keyText) {
        this.label = label;
        this.code = code;
        this.keyText = keyText;
    }

    public String label() {
        return label;
    }

    @Override
    public String code() {
        return code;
    }

    /** The status as an event's de-duplication key reads it. */
    public String keyText() {
        return keyText;
    }

    /** The status a store holds as {@code code}; like {@link #parse}, {@link #UNKNOWN} for any other text. */
    public static Status ofCode(String code) {
        Status s = code == null ? null : BY_CODE.get(code);
        return s == null ? UNKNOWN : s;
    }

    /**
     * Reads {@code Success}, {@code success}, {@code Failure}, {@code timeout}, ...; anything else is
     * {@link #UNKNOWN}.
     */
    public static Status parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "success", "succeeded" -> SUCCESS;
            case "failure", "failed" -> FAILURE;
            case "timeout" -> TIMEOUT;
            default -> UNKNOWN;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
