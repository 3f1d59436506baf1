package com.ssprviewer.store.api;

import java.time.Instant;

/**
 * One entry of the import log (the Imports blade): every imported or refused file, kept for good. Format and outcome
 * are the stable codes the log stores, so a store written by a newer program still reads.
 *
 * @param formatCode the {@link com.ssprviewer.importer.ExportFormat#code() code} of the detected format, or null for
 *                   a refused file
 * @param outcome    the {@link ImportResult.Outcome#code() code} of {@code IMPORTED} or {@code REFUSED} (canceled
 *                   and failed imports leave no trace)
 */
public record ImportRecord(long id, String fileName, long size, String sha256, String formatCode,
                           Instant importedAt, long rowsRead, long eventsAdded, long duplicates, long rejected,
                           String outcome) {
}
