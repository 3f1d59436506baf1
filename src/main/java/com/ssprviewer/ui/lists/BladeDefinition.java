package com.ssprviewer.ui.lists;

import com.ssprviewer.lists.FilterField;
import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.ui.common.StoreAccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes one list blade different from another, as data: its id (for remembered filters and columns), title, the
 * list it shows (columns, filters, rows), columns only the window has, the report it prints as and the name an export
 * suggests.
 *
 * @param bladeId      the blade's id, also the node of its remembered filters and columns
 * @param titleKey     the resource-bundle key of the blade's title
 * @param list         the list shown
 * @param windowOnly   columns after the list's own that only the window shows (and its CSV export)
 * @param report       the report the blade prints as
 * @param exportName   the file name an export suggests, without extension
 * @param ranks        how readily columns (by id) give up width in a narrow blade; the others are ordinary
 * @param yieldOrder   the yielding columns (by id) in the order they are hidden for room, least important first
 * @param <R>          the row type
 */
public record BladeDefinition<R>(String bladeId, String titleKey, ListDefinition<R> list,
                                 List<ListColumn<R>> windowOnly, ReportBlade report, String exportName,
                                 Map<String, ColumnRank> ranks, List<String> yieldOrder) {

    public BladeDefinition {
        windowOnly = List.copyOf(windowOnly);
        ranks = Map.copyOf(ranks);
        yieldOrder = List.copyOf(yieldOrder);
    }

    /** A blade whose columns are all ordinary in how they give up width. */
    public BladeDefinition(String bladeId, String titleKey, ListDefinition<R> list, List<ListColumn<R>> windowOnly,
                           ReportBlade report, String exportName) {
        this(bladeId, titleKey, list, windowOnly, report, exportName, Map.of(), List.of());
    }

    /**
     * The same blade with the columns {@code keys} kept whole longest and {@code yielding} giving way first: they
     * shrink first and, where even that leaves the others unreadable, are hidden for room in the order given.
     */
    public BladeDefinition<R> ranked(List<String> keys, List<String> yielding) {
        Map<String, ColumnRank> all = new HashMap<>();
        keys.forEach(id -> all.put(id, ColumnRank.KEY));
        yielding.forEach(id -> all.put(id, ColumnRank.YIELDING));
        return new BladeDefinition<>(bladeId, titleKey, list, windowOnly, report, exportName, all, yielding);
    }

    /**
     * The same blade hiding the columns {@code order} for room, least important first, in place of its yielding
     * ones: a column may be hidden for room and still keep its width longer than the yielding ones while shown.
     */
    public BladeDefinition<R> hidingForRoom(List<String> order) {
        return new BladeDefinition<>(bladeId, titleKey, list, windowOnly, report, exportName, ranks, order);
    }

    /** The table's columns: the list's, then the window's own. */
    public List<ListColumn<R>> columns() {
        List<ListColumn<R>> all = new ArrayList<>(list.columns());
        all.addAll(windowOnly);
        return List.copyOf(all);
    }

    /** The ids of the columns hidden until the user chooses them. */
    public Set<String> hiddenByDefault() {
        return columns().stream().filter(c -> !c.shown()).map(ListColumn::id).collect(Collectors.toSet());
    }

    public Set<FilterField> filters() {
        return list.filters();
    }

    /** Where the blade's rows come from: the list, in the store that is open at the moment of each call. */
    public PageSource<R> source(StoreAccess access) {
        return PageSource.of(access, list);
    }
}
