package com.ssprviewer.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The outcome of one reset attempt. {@link #label()} is the one spelling used in every output;
 * {@link #parse(String)} also accepts the variants seen in real exports ({@code Cancelled}, {@code Contacted Admin}).
 */
public enum Outcome {
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    ABANDONED("Abandoned"),
    BLOCKED("Blocked"),
    CANCELED("Canceled"),
    CONTACTED_ADMIN("Contacted admin");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
