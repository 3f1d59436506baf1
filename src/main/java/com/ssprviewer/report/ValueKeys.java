package com.ssprviewer.report;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Unlisted;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The bundle keys ({@code value.*}) that name outcomes, statuses and methods in a language; the window's bundles and
 * the report bundles both hold them. Files and the command line use the canonical spelling instead
 * ({@link CellText#label(Enum)}). Registration snapshots name methods as Graph does ({@code alternateMobilePhone});
 * {@link #registeredMethod} reads them as people do, for the window and the report alike, while the command line
 * keeps Graph's names.
 */
public final class ValueKeys {
    /** Graph's names of the methods a snapshot lists ({@code methodsRegistered}) that the bundles name. */
    private static final List<String> REGISTERED_METHODS = List.of("email", "mobilePhone", "alternateMobilePhone",
            "officePhone", "securityQuestion", "microsoftAuthenticatorPush", "microsoftAuthenticatorPasswordless",
            "softwareOneTimePasscode", "hardwareOneTimePasscode", "fido2SecurityKey", "windowsHelloForBusiness",
            "temporaryAccessPass", "macOsSecureEnclaveKey", "passKeyDeviceBound", "passKeyDeviceBoundAuthenticator",
            "passKeyDeviceBoundWindowsHello", "passKeySynced", "appPassword", "externalAuthMethod", "qrCode");

    private ValueKeys() {
    }

    /** Every value that has a name: the outcomes, the statuses and the methods. */
    public static List<Enum<?>> named() {
        List<Enum<?>> values = new ArrayList<>(List.of(Outcome.values()));
        values.addAll(List.of(Status.values()));
        values.addAll(List.of(Method.values()));
        return values;
    }

    /** A value named through a bundle ({@code texts} looks a key up); a value without a key as its enum name. */
    public static String name(Enum<?> value, UnaryOperator<String> texts) {
        String key = of(value);
        return key == null ? value.name() : texts.apply(key);
    }

    /** Graph's method names that have a name in the bundles. */
    public static List<String> registeredMethods() {
        return REGISTERED_METHODS;
    }

    /**
     * A method of a registration snapshot, named by Graph, as people read it ({@code texts} looks a key up); a name
     * the bundles do not know (Graph adds methods now and then) as itself.
     */
    public static String registeredMethod(String graphName, UnaryOperator<String> texts) {
        return REGISTERED_METHODS.contains(graphName) ? texts.apply(registeredMethodKey(graphName)) : graphName;
    }

    /** The bundle key naming one of {@link #registeredMethods()}. */
    public static String registeredMethodKey(String graphName) {
        return "value.registered." + graphName;
    }

    /** The bundle key of an outcome, status, method or {@link Unlisted} value; null for any other value. */
    public static String of(Enum<?> value) {
        if (value == Unlisted.NOT_IN_EXPORT) {
            return "value.notInExport";
        }
        if (value instanceof Outcome o) {
            return outcome(o);
        }
        if (value instanceof Status s) {
            return status(s);
        }
        return value instanceof Method m ? method(m) : null;
    }

    private static String outcome(Outcome o) {
        return switch (o) {
            case SUCCEEDED -> "value.outcome.succeeded";
            case FAILED -> "value.outcome.failed";
            case ABANDONED -> "value.outcome.abandoned";
            case BLOCKED -> "value.outcome.blocked";
            case CANCELED -> "value.outcome.canceled";
            case CONTACTED_ADMIN -> "value.outcome.contactedAdmin";
        };
    }

    private static String status(Status s) {
        return switch (s) {
            case SUCCESS -> "value.status.success";
            case FAILURE -> "value.status.failure";
            case TIMEOUT -> "value.status.timeout";
            case UNKNOWN -> "value.status.unknown";
        };
    }

    private static String method(Method m) {
        return switch (m) {
            case ALTERNATE_EMAIL -> "value.method.alternateEmail";
            case OFFICE_PHONE -> "value.method.officePhone";
            case MOBILE_PHONE -> "value.method.mobilePhone";
            case SECURITY_QUESTIONS -> "value.method.securityQuestions";
            case AUTHENTICATOR_APP -> "value.method.authenticatorApp";
        };
    }
}
