package com.ssprviewer.importer;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.Text;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What every CSV reader shares: rows come from {@link CsvRows} after the header, empty lines are skipped, a row with
 * broken quoting or a value that cannot be read is rejected alone, and columns are found by name.
 */
abstract class CsvExportReader implements ExportReader {

    static final String BROKEN_QUOTING = "broken CSV quoting (a quote is not closed, or text follows a closing quote)";

    private final ExportFormat format;
    final CsvRows rows;
    final Columns columns;

    CsvExportReader(ExportFormat format, CsvRows rows, Columns columns) {
        this.format = format;
        this.rows = rows;
        this.columns = columns;
    }

    /** Maps the current row of {@link #rows}. */
    abstract AuditEvent map() throws RowRejectedException;

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public ParsedRow next() throws IOException {
        while (rows.advance()) {
            if (rows.broken()) {
                return new ParsedRow.Rejected(rows.line(), BROKEN_QUOTING);
            }
            if (rows.blank()) {
                continue;
            }
            try {
                return new ParsedRow.Event(map(), rows.line());
            } catch (RowRejectedException e) {
                return new ParsedRow.Rejected(rows.line(), e.getMessage());
            }
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return rows.bytesRead();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** The value of a column by canonical name; null when the file lacks the column or the value is empty. */
    String value(String canonical) {
        return rows.value(columns.indexOf(canonical));
    }

    /** Whether a header has the columns every classic report has: a user and a date and time. */
    static boolean classic(Columns header) {
        return header.has(HeaderAliases.USER) && header.has(HeaderAliases.DATE_AND_TIME);
    }

    /** The User column of a classic report, which every classic row needs. */
    String requiredUser() throws RowRejectedException {
        String user = Text.trimToNull(value(HeaderAliases.USER));
        if (user == null) {
            throw new RowRejectedException("no User");
        }
        return user;
    }

    /** The time in a column; a missing or impossible time rejects the row. */
    Instant time(int index, String columnName, ZoneId zone) throws RowRejectedException {
        String raw = rows.value(index);
        if (raw == null || raw.isBlank()) {
            throw new RowRejectedException("missing " + columnName);
        }
        try {
            return LenientDates.parse(raw, zone);
        } catch (DateTimeException e) {
            throw new RowRejectedException(e.getMessage());
        }
    }
}
