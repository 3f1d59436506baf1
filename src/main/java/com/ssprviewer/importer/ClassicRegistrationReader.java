package com.ssprviewer.importer;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.ClassicRows;
import com.ssprviewer.model.Method;
import java.time.ZoneId;

/** Reads the classic "Password reset registration activity" report: one row, one registration. */
final class ClassicRegistrationReader extends CsvExportReader {

    private final ZoneId zone;
    private final int date;

    ClassicRegistrationReader(ExportFormat format, CsvRows rows, Columns columns, ZoneId zone) {
        super(format, rows, columns);
        this.zone = zone;
        this.date = columns.indexOf(HeaderAliases.DATE_AND_TIME);
    }

    /** A classic header (user, date and time) with the data registered. */
    static boolean claims(Columns header) {
        return classic(header) && header.has(HeaderAliases.DATA_REGISTERED);
    }

    @Override
    AuditEvent map() throws RowRejectedException {
        String user = requiredUser();
        return ClassicRows.registration(user, value(HeaderAliases.ROLE),
                time(date, HeaderAliases.DATE_AND_TIME, zone),
                Method.parseList(value(HeaderAliases.DATA_REGISTERED)));
    }
}
