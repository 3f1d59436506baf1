package com.ssprviewer.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's words in one language (English or Swedish), from {@code com/ssprviewer/report/report*.properties}. */
public final class ReportTexts {

    private static final String BUNDLE = "com.ssprviewer.report.report";

    private final ResourceBundle bundle;
    private final Locale locale;

    public ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** An outcome, status or method in the report's language. */
    public String value(Enum<?> value) {
        return ValueKeys.name(value, this::get);
    }

    /** A method of a registration snapshot (Graph's name) in the report's language; an unknown one as itself. */
    public String registeredMethod(String graphName) {
        return ValueKeys.registeredMethod(graphName, this::get);
    }

    public Locale locale() {
        return locale;
    }
}
