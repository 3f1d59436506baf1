package com.ssprviewer.importer;

import com.ssprviewer.model.AuditEvent;

/** What a reader yields for each row or record: an event, or a rejection of that row alone. */
public sealed interface ParsedRow permits ParsedRow.Event, ParsedRow.Rejected {

    /** The physical line (1-based, header = line 1) where the row or record starts. */
    long line();

    /** A row read as an event. */
    record Event(AuditEvent event, long line) implements ParsedRow {
    }

    /** A row that cannot be read, with a reason a person can act on (e.g. "impossible date 2025-02-30 10:15:03"). */
    record Rejected(long line, String reason) implements ParsedRow {
    }
}
