package com.ssprviewer.ui.resets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.ssprviewer.report.Column;
import com.ssprviewer.report.ListColumns;
import com.ssprviewer.store.AttemptRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.details.AttemptDetailsBlade;
import com.ssprviewer.ui.details.DetailsLinks;
import com.ssprviewer.ui.lists.FilterField;
import com.ssprviewer.ui.lists.ListBlade;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.lists.ListDefinition;
import com.ssprviewer.ui.lists.PageSource;

/**
 * The Password reset activity blade: one line per reset attempt, with the documented fix beside each problem (a Fix
 * column, and the fix in the Details cell's tooltip); a selected attempt opens its details and events.
 */
public final class ResetBlades {
    /** The documented fix for the attempt's Details; not sortable, since the store does not hold it. */
    public static final Column<AttemptRow> FIX = new Column<>("fix", "column.fix",
            row -> AttemptDetailsBlade.fixFor(row.attempt().details()), false, true);

    public static final ListDefinition<AttemptRow> DEFINITION = new ListDefinition<>("resets", "nav.resets",
            columns(),
            EnumSet.of(FilterField.DATE, FilterField.RESULT, FilterField.METHOD, FilterField.USER, FilterField.TEXT),
            PageSource::attempts, "password-reset-activity");

    private ResetBlades() {
    }

    /** The blade; {@code preset} null for the remembered root list, else a drill-down showing {@code subtitle}. */
    public static ListBlade<AttemptRow> create(ListContext context, EventFilter preset, Supplier<String> subtitle,
                                               DetailsLinks links) {
        return new ListBlade<>(DEFINITION, context, preset, subtitle,
                row -> new AttemptDetailsBlade(context, row, links),
                table -> table.column("details").setCellFactory(c -> new DetailsCell()));
    }

    private static List<Column<AttemptRow>> columns() {
        List<Column<AttemptRow>> columns = new ArrayList<>(ListColumns.ATTEMPTS);
        columns.add(FIX);
        return columns;
    }
}
