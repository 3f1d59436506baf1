package com.ssprviewer.ui.registrations;

import com.ssprviewer.lists.ListDefinitions;
import com.ssprviewer.model.Registration;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.details.DetailsLinks;
import com.ssprviewer.ui.details.EventDetailsBlade;
import com.ssprviewer.ui.lists.BladeDefinition;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import java.util.List;
import java.util.function.Supplier;

/** The Registration activity blade: who registered which data for password reset, and when. */
public final class RegistrationBlades {
    public static final BladeDefinition<Registration> DEFINITION = new BladeDefinition<>("registrations",
            "nav.registrations", ListDefinitions.REGISTRATIONS, List.of(), ReportBlade.REGISTRATIONS,
            "registration-activity")
            .ranked(List.of("user", "date"), List.of("role"));

    private RegistrationBlades() {
    }

    /** The blade; {@code preset} null for the remembered root list, else a drill-down showing {@code subtitle}. */
    public static ListBlade<Registration> create(ListContext context, EventFilter preset, Supplier<String> subtitle,
                                                 DetailsLinks links) {
        return new ListBlade<>(DEFINITION, context, preset, subtitle,
                row -> new EventDetailsBlade(context, row.eventId(), links, row),
                table -> table.showEmptyAs("role", "column.role.unknown"));
    }
}
