package com.ssprviewer.report;

import com.ssprviewer.model.Registration;
import com.ssprviewer.store.AttemptRow;
import com.ssprviewer.store.EventRow;
import java.util.List;

/** The columns of the three lists, in display order. */
public final class ListColumns {

    public static final List<Column<EventRow>> EVENTS = List.of(
            new Column<EventRow>("date", "column.date", EventRow::time, true, false),
            new Column<EventRow>("service", "column.service", EventRow::service, true, false),
            new Column<EventRow>("category", "column.category", EventRow::category, true, false),
            new Column<EventRow>("activity", "column.activity", EventRow::activity, true, true),
            new Column<EventRow>("status", "column.status", EventRow::status, true, false),
            new Column<EventRow>("reason", "column.reason", EventRow::reason, true, true),
            new Column<EventRow>("initiatedBy", "column.initiatedBy", EventRow::initiatedBy, true, false),
            new Column<EventRow>("target", "column.target", EventRow::target, true, false),
            new Column<EventRow>("ip", "column.ip", EventRow::ipAddress, true, false),
            new Column<EventRow>("correlationId", "column.correlationId", EventRow::correlationId, false, false,
                    false));

    public static final List<Column<AttemptRow>> ATTEMPTS = List.of(
            new Column<AttemptRow>("user", "column.user", r -> r.attempt().user(), true, false),
            new Column<AttemptRow>("role", "column.role", r -> r.attempt().role(), true, false),
            new Column<AttemptRow>("date", "column.dateTime", r -> r.attempt().time(), true, false),
            new Column<AttemptRow>("methods", "column.methods", r -> r.attempt().methods(), true, false),
            new Column<AttemptRow>("result", "column.result", r -> r.attempt().outcome(), true, false),
            new Column<AttemptRow>("details", "column.details", r -> r.attempt().details(), true, true));

    public static final List<Column<Registration>> REGISTRATIONS = List.of(
            new Column<Registration>("user", "column.user", Registration::user, true, false),
            new Column<Registration>("role", "column.role", Registration::role, true, false),
            new Column<Registration>("date", "column.dateTime", Registration::time, true, false),
            new Column<Registration>("data", "column.dataRegistered", Registration::methods, true, true));

    private ListColumns() {
    }
}
