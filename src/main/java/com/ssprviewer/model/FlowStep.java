package com.ssprviewer.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recognised reset-flow step string ({@code resultReason} of "Self-service password reset flow activity progress").
 *
 * @param kind       what the step says happened
 * @param methodName the method as written in the step (e.g. {@code mobile SMS}), or null
 */
public record FlowStep(Kind kind, String methodName) {

    /** The kinds of step the product distinguishes. */
    public enum Kind { PRESENTED, STARTED, COMPLETED, SUCCEEDED }

    private static final Pattern START_OR_COMPLETE =
            Pattern.compile("^User (started|completed) the (.+?)(?: verification)? option\\.?$",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENTED =
            Pattern.compile("^User was presented with verification options\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUCCEEDED =
            Pattern.compile("^User successfully reset password\\.?$", Pattern.CASE_INSENSITIVE);

    private static final TextMemo<Optional<FlowStep>> PARSED = new TextMemo<>(FlowStep::read);

    public static Optional<FlowStep> parse(String reason) {
        return reason == null ? Optional.empty() : PARSED.get(reason);
    }

    private static Optional<FlowStep> read(String reason) {
        String r = reason.strip().replaceAll("\\s+", " ");
        if (PRESENTED.matcher(r).matches()) {
            return Optional.of(new FlowStep(Kind.PRESENTED, null));
        }
        if (SUCCEEDED.matcher(r).matches()) {
            return Optional.of(new FlowStep(Kind.SUCCEEDED, null));
        }
        Matcher m = START_OR_COMPLETE.matcher(r);
        if (m.matches()) {
            Kind k = m.group(1).equalsIgnoreCase("started") ? Kind.STARTED : Kind.COMPLETED;
            return Optional.of(new FlowStep(k, m.group(2)));
        }
        return Optional.empty();
    }

    public Optional<Method> method() {
        return Method.fromStepName(methodName);
    }

    /** The classic wording of an attempt abandoned after this step, in the published spelling where one exists. */
    public String abandonedDetails() {
        return switch (kind) {
            case PRESENTED -> "User abandoned after entering their user ID";
            case STARTED, COMPLETED -> {
                String verb = kind == Kind.STARTED ? "starting" : "completing";
                String option = methodName.equalsIgnoreCase("security questions")
                        ? "security questions option" : methodName + " verification option";
                yield DetailsCatalog.canonical("User abandoned after " + verb + " the " + option);
            }
            case SUCCEEDED -> "";
        };
    }
}
