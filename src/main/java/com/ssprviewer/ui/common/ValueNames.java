package com.ssprviewer.ui.common;

import java.util.Collection;
import java.util.stream.Collectors;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;

/**
 * Outcomes, statuses and methods as the window shows them, in its language. Files and the command line keep their
 * one canonical spelling ({@code label()}); the English texts here are that same spelling.
 */
public final class ValueNames {

    private ValueNames() {
    }

    /** The name of an outcome, status or method; any other value as its enum name. */
    public static String of(Enum<?> value) {
        String key = key(value);
        return key == null ? value.name() : I18n.get(key);
    }

    /** A combination of methods, joined the way classic reports join them. */
    public static String methods(Collection<Method> methods) {
        return methods.stream().map(ValueNames::of).collect(Collectors.joining(Method.JOINER));
    }

    private static String key(Enum<?> value) {
        if (value instanceof Outcome o) {
            return outcome(o);
        }
        if (value instanceof Status s) {
            return status(s);
        }
        return value instanceof Method m ? method(m) : null;
    }

    private static String outcome(Outcome o) {
        switch (o) {
            case SUCCEEDED:
                return "value.outcome.succeeded";
            case FAILED:
                return "value.outcome.failed";
            case ABANDONED:
                return "value.outcome.abandoned";
            case BLOCKED:
                return "value.outcome.blocked";
            case CANCELED:
                return "value.outcome.canceled";
            default:
                return "value.outcome.contactedAdmin";
        }
    }

    private static String status(Status s) {
        switch (s) {
            case SUCCESS:
                return "value.status.success";
            case FAILURE:
                return "value.status.failure";
            case TIMEOUT:
                return "value.status.timeout";
            default:
                return "value.status.unknown";
        }
    }

    private static String method(Method m) {
        switch (m) {
            case ALTERNATE_EMAIL:
                return "value.method.alternateEmail";
            case OFFICE_PHONE:
                return "value.method.officePhone";
            case MOBILE_PHONE:
                return "value.method.mobilePhone";
            case SECURITY_QUESTIONS:
                return "value.method.securityQuestions";
            default:
                return "value.method.authenticatorApp";
        }
    }
}
