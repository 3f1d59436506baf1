package com.ssprviewer.ui.policy;

import com.ssprviewer.lists.ListDefinitions;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.store.api.PolicyChange;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.details.DetailsLinks;
import com.ssprviewer.ui.details.EventDetailsBlade;
import com.ssprviewer.ui.lists.BladeDefinition;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Policy changes blade, Microsoft's ninth question: every change of the password reset policy, who made it,
 * when, and each property it changed from old to new; a selected change opens the whole record.
 */
public final class PolicyBlades {
    public static final BladeDefinition<PolicyChange> DEFINITION = new BladeDefinition<>("policy", "nav.policy",
            ListDefinitions.POLICY, List.of(), ReportBlade.POLICY, "policy-changes")
            .ranked(List.of("date", "initiatedBy", "status"), List.of());

    private PolicyBlades() {
    }

    /** The blade; {@code preset} null for the remembered root list, else a drill-down showing {@code subtitle}. */
    public static ListBlade<PolicyChange> create(ListContext context, EventFilter preset, Supplier<String> subtitle,
                                                 DetailsLinks links) {
        return new ListBlade<>(DEFINITION, context, preset, subtitle,
                row -> new EventDetailsBlade(context, row.id(), links), null);
    }
}
