package com.ssprviewer.ui.auditlog;

import com.ssprviewer.lists.ListDefinitions;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.store.api.EventRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.details.DetailsLinks;
import com.ssprviewer.ui.details.EventDetailsBlade;
import com.ssprviewer.ui.lists.BladeDefinition;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Audit logs blade: every event, filtered by date, the cascading Service, Category and Activity menus, status,
 * initiated by, target and free text; a selected event opens its details.
 */
public final class AuditLogBlades {
    public static final BladeDefinition<EventRow> DEFINITION = new BladeDefinition<>("auditlog", "nav.auditlog",
            ListDefinitions.EVENTS, List.of(), ReportBlade.AUDITLOG, "audit-logs")
            .ranked(List.of("date", "activity", "status", "initiatedBy", "target"),
                    List.of("correlationId", "ip", "category", "service", "reason"));

    private AuditLogBlades() {
    }

    /** The blade; {@code preset} null for the remembered root list, else a drill-down showing {@code subtitle}. */
    public static ListBlade<EventRow> create(ListContext context, EventFilter preset, Supplier<String> subtitle,
                                             DetailsLinks links) {
        return new ListBlade<>(DEFINITION, context, preset, subtitle,
                row -> new EventDetailsBlade(context, row.id(), links), null);
    }
}
