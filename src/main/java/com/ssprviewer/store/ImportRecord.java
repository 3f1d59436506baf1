package com.ssprviewer.store;

import com.ssprviewer.importer.ExportFormat;
import java.time.Instant;

/**
 * One entry of the import log (the Imports blade): every imported or refused file, kept for good.
 *
 * @param format  the detected format, or null for a refused file
 * @param outcome {@code IMPORTED} or {@code REFUSED} (canceled and failed imports leave no trace)
 */
public record ImportRecord(long id, String fileName, long size, String sha256, ExportFormat format,
                           Instant importedAt, long rowsRead, long eventsAdded, long duplicates, long rejected,
                           String outcome) {
}
