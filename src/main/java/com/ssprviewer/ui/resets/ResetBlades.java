package com.ssprviewer.ui.resets;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.lists.ListDefinitions;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.details.AttemptDetailsBlade;
import com.ssprviewer.ui.details.DetailsLinks;
import com.ssprviewer.ui.lists.BladeDefinition;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Password reset activity blade: one line per reset attempt, with the documented fix beside each problem (a Fix
 * column, and the fix in the Details cell's tooltip); a selected attempt opens its details and events.
 */
public final class ResetBlades {
    /** The documented fix for the attempt's Details; not sortable, since the store does not hold it. */
    public static final ListColumn<AttemptRow> FIX = ListColumn.<AttemptRow>of("fix", "column.fix",
            row -> AttemptDetailsBlade.fixFor(row.attempt().details())).wide();

    public static final BladeDefinition<AttemptRow> DEFINITION = new BladeDefinition<>("resets", "nav.resets",
            ListDefinitions.ATTEMPTS, List.of(FIX), ReportBlade.RESETS, "password-reset-activity")
            .ranked(List.of("user", "date", "result"), List.of("fix", "methods", "details"))
            .hidingForRoom(List.of("fix", "role", "methods", "details"));

    private ResetBlades() {
    }

    /** The blade; {@code preset} null for the remembered root list, else a drill-down showing {@code subtitle}. */
    public static ListBlade<AttemptRow> create(ListContext context, EventFilter preset, Supplier<String> subtitle,
                                               DetailsLinks links) {
        return new ListBlade<>(DEFINITION, context, preset, subtitle,
                row -> new AttemptDetailsBlade(context, row, links),
                table -> {
                    table.column("details").setCellFactory(c -> new DetailsCell());
                    table.showEmptyAs("role", "column.role.unknown");
                });
    }
}
