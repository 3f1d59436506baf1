package com.ssprviewer.ui.registrations;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import com.ssprviewer.model.Registration;
import com.ssprviewer.report.ListColumns;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.details.DetailsLinks;
import com.ssprviewer.ui.details.EventDetailsBlade;
import com.ssprviewer.ui.lists.FilterField;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.lists.ListDefinition;
import com.ssprviewer.ui.lists.PageSource;

/** The Registration activity blade: who registered which data for password reset, and when. */
public final class RegistrationBlades {
    public static final ListDefinition<Registration> DEFINITION = new ListDefinition<>("registrations",
            "nav.registrations", ListColumns.REGISTRATIONS,
            EnumSet.of(FilterField.DATE, FilterField.METHOD, FilterField.USER, FilterField.TEXT),
            PageSource::registrations, "registration-activity");

    private RegistrationBlades() {
    }

    /** The blade; {@code preset} null for the remembered root list, else a drill-down showing {@code subtitle}. */
    public static ListBlade<Registration> create(ListContext context, EventFilter preset, Supplier<String> subtitle,
                                                 DetailsLinks links) {
        return new ListBlade<>(DEFINITION, context, preset, subtitle,
                row -> new EventDetailsBlade(context, row.eventId(), links), null);
    }
}
