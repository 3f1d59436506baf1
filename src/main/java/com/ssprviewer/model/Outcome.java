package com.ssprviewer.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one reset attempt. {@link #label()} is the one spelling used in every output;
 * {@link #parse(String)} also accepts the variants seen in real exports ({@code Cancelled}, {@code Contacted Admin}).
 * Stores hold the {@link #code()} in outcome and result columns and hash the {@link #keyText()} into de-duplication
 * keys. Codes are written to stores: never change or reuse one.
 */
public enum Outcome implements StoredCode<String> {
    SUCCEEDED("Succeeded", "Succeeded", "SUCCEEDED"),
    FAILED("Failed", "Failed", "FAILED"),
    ABANDONED("Abandoned", "Abandoned", "ABANDONED"),
    BLOCKED("Blocked", "Blocked", "BLOCKED"),
    CANCELED("Canceled", "Canceled", "CANCELED"),
    CONTACTED_ADMIN("Contacted admin", "Contacted admin", "CONTACTED_ADMIN");

    private static final Map<String, Outcome> BY_CODE = StoredCode.byCode(Outcome.class);

    private final String label;
    private final String code;
    private final String keyText;

    Outcome(String label, String code, String keyText) {
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

    /** The outcome as an event's de-duplication key reads it. */
    public String keyText() {
        return keyText;
    }

    /** The outcome a store holds as {@code code}. */
    public static Outcome ofCode(String code) {
        return StoredCode.find(BY_CODE, code, "outcome");
    }

    /** Reads a classic report's Result value case-insensitively; empty when it is not one of the six outcomes. */
    public static Optional<Outcome> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace("cancelled", "canceled");
        for (Outcome o : values()) {
            if (o.label.toLowerCase(Locale.ROOT).equals(t) || o.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
