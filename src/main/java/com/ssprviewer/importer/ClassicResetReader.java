package com.ssprviewer.importer;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.ClassicRows;
import com.ssprviewer.model.DetailsCatalog;
import com.ssprviewer.model.DetailsEntry;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Text;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Reads the classic "Password reset activity" report: one row, one attempt. When Result is empty or not one of the
 * six outcomes, a known Details text still tells the outcome; otherwise the row is rejected.
 */
final class ClassicResetReader extends CsvExportReader {

    private final ZoneId zone;
    private final int date;

    ClassicResetReader(ExportFormat format, CsvRows rows, Columns columns, ZoneId zone) {
        super(format, rows, columns);
        this.zone = zone;
        this.date = columns.indexOf(HeaderAliases.DATE_AND_TIME);
    }

    /** A classic header (user, date and time) with a result, details or the methods used. */
    static boolean claims(Columns header) {
        return classic(header) && (header.has(HeaderAliases.RESULT) || header.has(HeaderAliases.DETAILS)
                || header.has(HeaderAliases.METHODS_USED));
    }

    @Override
    AuditEvent map() throws RowRejectedException {
        String user = requiredUser();
        Instant time = time(date, HeaderAliases.DATE_AND_TIME, zone);
        String details = value(HeaderAliases.DETAILS);
        String result = Text.trimToNull(value(HeaderAliases.RESULT));
        Outcome outcome = Outcome.parse(result)
                .or(() -> DetailsCatalog.find(details).map(DetailsEntry::result))
                .orElseThrow(() -> new RowRejectedException(
                        result == null ? "no Result and no known Details" : "unknown Result \"" + result + "\""));
        return ClassicRows.reset(user, value(HeaderAliases.ROLE), time,
                Method.parseList(value(HeaderAliases.METHODS_USED)), outcome, details);
    }
}
