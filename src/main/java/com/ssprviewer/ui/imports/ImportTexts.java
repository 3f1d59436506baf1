package com.ssprviewer.ui.imports;

import com.ssprviewer.importer.ExportFormat;
import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.I18n;
import java.nio.file.Path;
import java.text.NumberFormat;

/**
 * The words of imports in the current language: format names, outcomes, sizes and the one-line summary of a file
 * (the store's own {@link ImportResult#summaryLine()} is English, for the command line).
 */
public final class ImportTexts {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private ImportTexts() {
    }

    public static String fileName(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name == null ? String.valueOf(file) : name.toString();
    }

    /** The format's name (its registered display key), or "Not an export" for a refused file. */
    public static String format(ExportFormat format) {
        return format == null ? I18n.get("import.format.none") : I18n.get(format.displayKey());
    }

    /**
     * The name of a format as the import log stores it, by its code; a code this program does not know (a store
     * written by a newer release) reads as an unknown format.
     */
    public static String formatOfCode(String code) {
        if (code == null) {
            return format(null);
        }
        return ExportFormats.byCode(code).map(ImportTexts::format)
                .orElseGet(() -> I18n.format("import.format.unknown", code));
    }

    /** The outcome word shown in badges and the Imports table. */
    public static String outcome(ImportResult.Outcome outcome) {
        return switch (outcome) {
            case IMPORTED -> I18n.get("import.outcome.imported");
            case REFUSED -> I18n.get("import.outcome.refused");
            case CANCELED -> I18n.get("import.outcome.canceled");
            case FAILED -> I18n.get("import.outcome.failed");
            case REMOVED -> I18n.get("import.outcome.removed");
        };
    }

    /** The outcome word of an import that left rejected rows behind. */
    public static String partlyImported() {
        return I18n.get("import.outcome.partly");
    }

    /** The outcome of an import log entry, which stores its code; an unknown code is shown as it is. */
    public static String outcome(String stored) {
        return ImportResult.Outcome.fromCode(stored).map(ImportTexts::outcome).orElse(String.valueOf(stored));
    }

    /** The counts of one file: "82 rows read, 80 added, 0 duplicates, 2 rejected". */
    public static String counts(long rowsRead, long added, long duplicates, long rejected) {
        return I18n.format("import.counts", rowsRead, added, duplicates, rejected);
    }

    /** What happened to one file, under its name: its counts, why it was refused or failed, or the cancel. */
    public static String detail(ImportResult result) {
        String name = fileName(result.file());
        return switch (result.outcome()) {
            case IMPORTED -> ExportFormats.isSnapshot(result.format())
                    ? I18n.format("import.counts.users", result.rowsRead(), result.eventsAdded(), result.duplicates(),
                            result.rejected(), String.valueOf(result.snapshot()), result.warnings().size())
                    : counts(result.rowsRead(), result.eventsAdded(), result.duplicates(), result.rejected());
            case REFUSED -> I18n.format("import.detail.refused", reason(name, result.message()));
            case CANCELED -> I18n.get("import.detail.canceled");
            case FAILED -> I18n.format("import.detail.failed", reason(name, result.message()));
            case REMOVED -> name;
        };
    }

    /** What the Imports table's "Added" column says: events, or users for a registration snapshot. */
    public static String added(String formatCode, long added) {
        return ExportFormats.isSnapshot(formatCode) ? I18n.format("import.added.users", added) : number(added);
    }

    /** The status bar line after an import: totals, or what a cancel kept. */
    public static String statusLine(java.util.List<ImportResult> results) {
        long imported = results.stream().filter(r -> r.outcome() == ImportResult.Outcome.IMPORTED).count();
        long problems = results.stream().filter(r -> r.outcome() == ImportResult.Outcome.REFUSED
                || r.outcome() == ImportResult.Outcome.FAILED).count();
        if (results.stream().anyMatch(r -> r.outcome() == ImportResult.Outcome.CANCELED)) {
            return I18n.format("import.status.canceled", imported);
        }
        long added = results.stream().mapToLong(ImportResult::eventsAdded).sum();
        long rejected = results.stream().mapToLong(ImportResult::rejected).sum();
        String line = I18n.format("import.status.done", imported, added, rejected);
        return problems == 0 ? line : line + " " + I18n.format("import.status.problems", problems);
    }

    /** The store's message without the file name it starts with (the line already names the file). */
    public static String reason(String name, String message) {
        if (message == null) {
            return "";
        }
        String prefix = name + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** A file size people read at a glance: "812 B", "4.2 MB". */
    public static String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(I18n.getLocale());
        number.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return number.format(value) + " " + UNITS[unit];
    }

    /** A count with the language's digit grouping. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(I18n.getLocale()).format(value);
    }
}
