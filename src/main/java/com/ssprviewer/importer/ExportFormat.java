package com.ssprviewer.importer;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One export format as the rest of the program names it. The code is written to the import log of every store, so
 * it never changes once released; the description is the English name of the command line's summary line; the
 * display key names the format in the window's bundles. Formats are registered in {@link ExportFormats}.
 *
 * @param code        short, lower-case, stable: letters, digits and dashes (e.g. {@code audit-csv})
 * @param description the English name, e.g. {@code Audit log download (CSV)}
 * @param displayKey  the bundle key of the window's name for the format
 */
public record ExportFormat(String code, String description, String displayKey) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ExportFormat {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a format code is lower-case letters, digits and dashes: " + code);
        }
        if (description == null || description.isBlank() || displayKey == null || displayKey.isBlank()) {
            throw new IllegalArgumentException("format " + code + " needs a description and a display key");
        }
    }
}
