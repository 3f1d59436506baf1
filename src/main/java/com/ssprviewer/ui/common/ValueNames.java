package com.ssprviewer.ui.common;

import com.ssprviewer.model.Method;
import com.ssprviewer.report.ValueKeys;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Outcomes, statuses and methods as the window shows them, in its language. Files and the command line keep their
 * one canonical spelling ({@code label()}); the English texts here are that same spelling.
 */
public final class ValueNames {

    private ValueNames() {
    }

    /** The name of an outcome, status or method; any other value as its enum name. */
    public static String of(Enum<?> value) {
        return ValueKeys.name(value, I18n::get);
    }

    /** A method of a registration snapshot (Graph's name) in the window's language; an unknown one as itself. */
    public static String registeredMethod(String graphName) {
        return ValueKeys.registeredMethod(graphName, I18n::get);
    }

    /** The methods of a registration snapshot, in their order, joined with commas. */
    public static String registeredMethods(Collection<String> graphNames) {
        return graphNames.stream().map(ValueNames::registeredMethod).collect(Collectors.joining(", "));
    }

    /**
     * A problem's details as people read them: the audit log's failure code for a refused password reads as what it
     * means, with the code after it; any other details as they are.
     */
    public static String problem(String details) {
        return "FuzzyPolicyViolationInvalidPassword".equals(details)
                ? I18n.format("problem.bannedPassword", details) : details;
    }

    /** A combination of methods, joined the way classic reports join them. */
    public static String methods(Collection<Method> methods) {
        return methods.stream().map(ValueNames::of).collect(Collectors.joining(Method.JOINER));
    }
}
