package com.ssprviewer.store.api;

import com.ssprviewer.importer.ExportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What importing one file did, for the summary line of the command line and the import dialog.
 *
 * @param importId     the id of the recorded import; 0 when nothing was recorded (canceled or failed)
 * @param format       the detected format, or null when the file was refused
 * @param rejectedRows the rejected rows (at most the first {@value #MAX_LISTED_REJECTIONS}; all are kept in the store)
 * @param eventsAdded  events added; for a registration snapshot, users added to the snapshot
 * @param message      why a file was refused or failed, one sentence; null when imported
 * @param snapshot     the UTC day of the registration snapshot the file was imported as; null for audit events
 * @param warnings     rows read but not wholly understood (e.g. methods unknown), like rejected rows
 */
public record ImportResult(long importId, Path file, ExportFormat format, Outcome outcome, long rowsRead,
                           long eventsAdded, long duplicates, long rejected, List<RejectedRow> rejectedRows,
                           String message, LocalDate snapshot, List<RejectedRow> warnings) {

    /** How many rejections a result lists; {@link com.ssprviewer.store.Store#rejectedRows(long)} returns them all. */
    public static final int MAX_LISTED_REJECTIONS = 10_000;

    /** How the import of one file ended. */
    public enum Outcome {
        IMPORTED("IMPORTED"),
        REFUSED("REFUSED"),
        CANCELED("CANCELED"),
        FAILED("FAILED"),
        /** Not an import: the log's entry for data removed by retention or for a person forgotten. */
        REMOVED("REMOVED");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        /** The code the import log stores ({@code imports.outcome}); it never changes once released. */
        public String code() {
            return code;
        }

        /** The outcome an import log code stands for; empty for a code this program does not know. */
        public static Optional<Outcome> fromCode(String code) {
            for (Outcome o : values()) {
                if (o.code.equals(code)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    public ImportResult {
        rejectedRows = rejectedRows == null ? List.of() : List.copyOf(rejectedRows);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The result of a file of audit events. */
    public ImportResult(long importId, Path file, ExportFormat format, Outcome outcome, long rowsRead,
                        long eventsAdded, long duplicates, long rejected, List<RejectedRow> rejectedRows,
                        String message) {
        this(importId, file, format, outcome, rowsRead, eventsAdded, duplicates, rejected, rejectedRows, message,
                null, List.of());
    }

    /**
     * One line per file, e.g. {@code audit.csv: imported, Audit log download (CSV), 82 rows read, 82 added, ...};
     * a registration snapshot ends with its day ({@code , snapshot 2025-03-01}).
     */
    public String summaryLine() {
        String name = file == null || file.getFileName() == null ? String.valueOf(file) : file.getFileName().toString();
        return switch (outcome) {
            case IMPORTED -> String.format("%s: imported, %s, %d rows read, %d added, %d duplicates, %d rejected%s",
                    name, format.description(), rowsRead, eventsAdded, duplicates, rejected,
                    snapshot == null ? "" : ", snapshot " + snapshot);
            case REFUSED -> name + ": refused: " + stripName(name, message);
            case CANCELED -> name + ": canceled, nothing stored";
            case FAILED -> name + ": failed, nothing stored: " + stripName(name, message);
            case REMOVED -> name;
        };
    }

    private static String stripName(String name, String message) {
        if (message == null) {
            return "";
        }
        String prefix = name + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
