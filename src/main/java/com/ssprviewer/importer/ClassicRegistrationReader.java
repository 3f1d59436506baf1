package com.ssprviewer.importer;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.ClassicRows;
import com.ssprviewer.model.Method;
import java.time.ZoneId;

/** Reads the classic "Password reset registration activity" report: one row, one registration. */
final class ClassicRegistrationReader extends CsvExportReader {

    private final ZoneId zone;
    private final int date;

    ClassicRegistrationReader(CsvRows rows, Columns columns, ZoneId zone) {
        super(ExportFormat.CLASSIC_REGISTRATION_CSV, rows, columns);
        this.zone = zone;
        this.date = columns.indexOf(HeaderAliases.DATE_AND_TIME);
    }

    @Override
    AuditEvent map() throws RowRejectedException {
        String user = requiredUser();
        return ClassicRows.registration(user, value(HeaderAliases.ROLE),
                time(date, HeaderAliases.DATE_AND_TIME, zone),
                Method.parseList(value(HeaderAliases.DATA_REGISTERED)));
    }
}
