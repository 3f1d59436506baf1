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

    /** A combination of methods, joined the way classic reports join them. */
    public static String methods(Collection<Method> methods) {
        return methods.stream().map(ValueNames::of).collect(Collectors.joining(Method.JOINER));
    }
}
