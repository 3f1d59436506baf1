package com.ssprviewer.ui.imports;

import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.ui.common.TimeFormat;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The columns of the Imports table as data: id, header key, the value it sorts by, and how it reads. The table
 * holds the whole (small) import log, so sorting happens in memory. The file's format is written under its name.
 */
enum ImportColumn {
    FILE("imports-col-file", "blade.imports.column.file", 260, false, ImportRecord::fileName,
            (r, t) -> r.fileName()),
    OUTCOME("imports-col-outcome", "blade.imports.column.outcome", 95, false, ImportRecord::outcome,
            (r, t) -> ImportTexts.outcome(r.outcome())),
    TIME("imports-col-time", "blade.imports.column.time", 140, false, ImportRecord::importedAt,
            (r, t) -> t.format(r.importedAt())),
    ADDED("imports-col-added", "blade.imports.column.added", 70, true, ImportRecord::eventsAdded,
            (r, t) -> ImportTexts.added(r.formatCode(), r.eventsAdded())),
    ROWS("imports-col-rows", "blade.imports.column.rowsRead", 80, true, ImportRecord::rowsRead,
            (r, t) -> ImportTexts.number(r.rowsRead())),
    DUPLICATES("imports-col-duplicates", "blade.imports.column.duplicates", 85, true, ImportRecord::duplicates,
            (r, t) -> ImportTexts.number(r.duplicates())),
    REJECTED("imports-col-rejected", "blade.imports.column.rejected", 75, true, ImportRecord::rejected,
            (r, t) -> ImportTexts.number(r.rejected())),
    SIZE("imports-col-size", "blade.imports.column.size", 75, true, ImportRecord::size,
            (r, t) -> ImportTexts.size(r.size()));

    private final String id;
    private final String titleKey;
    private final double width;
    private final boolean numeric;
    private final Function<ImportRecord, Comparable<?>> value;
    private final BiFunction<ImportRecord, TimeFormat, String> text;

    ImportColumn(String id, String titleKey, double width, boolean numeric, Function<ImportRecord, Comparable<?>> value,
                 BiFunction<ImportRecord, TimeFormat, String> text) {
        this.id = id;
        this.titleKey = titleKey;
        this.width = width;
        this.numeric = numeric;
        this.value = value;
        this.text = text;
    }

    String id() {
        return id;
    }

    String titleKey() {
        return titleKey;
    }

    double width() {
        return width;
    }

    boolean numeric() {
        return numeric;
    }

    /** Whether the column takes what width is left (the file); the others are as wide as their widest text. */
    boolean flexible() {
        return this == FILE;
    }

    String text(ImportRecord record, TimeFormat time) {
        return text.apply(record, time);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<ImportRecord> comparator() {
        return (a, b) -> {
            Comparable left = value.apply(a);
            Comparable right = value.apply(b);
            if (left == null || right == null) {
                return left == null ? (right == null ? 0 : -1) : 1;
            }
            return left.compareTo(right);
        };
    }
}
