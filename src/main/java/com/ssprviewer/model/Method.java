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
 * The {@link #code()} is the method's bit in stored method masks and its number in stored event details; labels are
 * stored too, in the combination texts of attempts and registrations and hashed into de-duplication keys. Codes and
 * labels are written to stores: never change or reuse one.
 */
public enum Method implements StoredCode<Integer> {
    ALTERNATE_EMAIL("Alternate Email", 0),
    OFFICE_PHONE("Office Phone", 1),
    MOBILE_PHONE("Mobile Phone", 2),
    SECURITY_QUESTIONS("Security Questions", 3),
    AUTHENTICATOR_APP("Authenticator App", 4);

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

    private static final Map<Integer, Method> BY_CODE = StoredCode.byCode(Method.class);

    private final String label;
    private final Integer code;

    Method(String label, int code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** The method's bit in a stored mask ({@code 1 << code}, so below 31) and its number in stored event details. */
    @Override
    public Integer code() {
        return code;
    }

    /** The method a store holds as {@code code}. */
    public static Method ofCode(int code) {
        return StoredCode.find(BY_CODE, code, "method");
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
