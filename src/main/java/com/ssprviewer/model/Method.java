package com.ssprviewer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An authentication method used to register for or to perform a password reset.
 * {@link #label()} is the canonical output spelling; classic report values and reset-flow step names both map here.
 */
public enum Method {
    ALTERNATE_EMAIL("Alternate Email"),
    OFFICE_PHONE("Office Phone"),
    MOBILE_PHONE("Mobile Phone"),
    SECURITY_QUESTIONS("Security Questions"),
    AUTHENTICATOR_APP("Authenticator App");

    /** Separator of method combinations in classic reports and in our own output. */
    public static final String JOINER = " + ";

    private static final Map<String, Method> STEP_NAMES = Map.of(
            "email", ALTERNATE_EMAIL,
            "mobile sms", MOBILE_PHONE,
            "mobile voice call", MOBILE_PHONE,
            "office voice call", OFFICE_PHONE,
            "security questions", SECURITY_QUESTIONS,
            "security question", SECURITY_QUESTIONS,
            "mobile app notification", AUTHENTICATOR_APP,
            "mobile app code", AUTHENTICATOR_APP);

    private final String label;

    Method(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A single method by its label, in any capitalisation (also {@code Alternate email}, {@code Email}, ...). */
    public static Optional<Method> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Method m : values()) {
            if (m.label.toLowerCase(Locale.ROOT).equals(t) || m.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(m);
            }
        }
        return fromStepName(t);
    }

    /** The method named in a reset-flow step ({@code mobile SMS}, {@code email}, ...). */
    public static Optional<Method> fromStepName(String stepName) {
        if (stepName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(STEP_NAMES.get(stepName.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Parses a combination such as {@code Alternate Email + Mobile Phone}; unknown parts are skipped,
     * repeated methods kept once, order kept.
     */
    public static List<Method> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Method> out = new ArrayList<>();
        for (String part : text.split("[+,;]")) {
            parse(part).filter(m -> !out.contains(m)).ifPresent(out::add);
        }
        return Collections.unmodifiableList(out);
    }

    /** The canonical text of a combination: labels joined by {@link #JOINER}; empty string for none. */
    public static String join(List<Method> methods) {
        if (methods.isEmpty()) {
            return "";
        }
        if (methods.size() == 1) {
            return methods.get(0).label;
        }
        return methods.stream().map(Method::label).collect(Collectors.joining(JOINER));
    }

    @Override
    public String toString() {
        return label;
    }
}
