package com.ssprviewer.ui.lists;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.report.CellText;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.ViewColumn;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Exportable;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ReportSource;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list blade: filter bar, toolbar and table over one of the store's lists. A root blade (opened from the
 * navigation) remembers its filters and columns; a drill-down (opened from a link, with a preset filter) starts from
 * the preset and remembers nothing. Selecting one row opens its details beside the list.
 *
 * @param <R> the row type
 */
public final class ListBlade<R> implements Blade, Exportable, ReportSource {
    private final BladeDefinition<R> definition;
    private final ListContext context;
    private final EventFilter preset;
    private final Supplier<String> subtitle;
    private final Function<R, Blade> details;
    private final Consumer<ListTable<R>> customize;
    private final FilterModel filters;
    private final PagedListModel<R> list;
    private final ChangeListener<EventFilter> filterListener = (obs, old, now) -> list().setFilter(now);
    private final ChangeListener<TimeMode> timeListener = (obs, old, mode) -> filters().recompute();
    private ListTable<R> table;
    private VBox view;
    /** The saved view shown, whose columns the table takes once built; null for none. */
    private SavedView shownView;
    private Consumer<ListBlade<?>> viewSaver;

    /**
     * @param preset    the drill-down's filter, or null for a root blade with remembered filters
     * @param subtitle  the second header line (e.g. what the preset shows)
     * @param details   the blade opened beside the list for a selected row, or null for none
     * @param customize adds to the table once built (cell factories, extra tooltips), or null
     */
    public ListBlade(BladeDefinition<R> definition, ListContext context, EventFilter preset, Supplier<String> subtitle,
                     Function<R, Blade> details, Consumer<ListTable<R>> customize) {
        this.definition = definition;
        this.context = context;
        this.preset = preset;
        this.subtitle = subtitle == null ? () -> "" : subtitle;
        this.details = details;
        this.customize = customize;
        this.filters = new FilterModel(context.clock(), context::zone);
        this.list = new PagedListModel<>(definition.source(context.access()), context.access().executor());
        if (preset != null) {
            filters.apply(preset);
        } else {
            FilterMemory memory = new FilterMemory(context.preferences().bladeNode(definition.bladeId()));
            memory.restore(filters);
            memory.follow(filters);
        }
    }

    @Override
    public String title() {
        return I18n.get(definition.titleKey());
    }

    @Override
    public String subtitle() {
        return subtitle.get();
    }

    @Override
    public double width() {
        return 760;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    public BladeDefinition<R> definition() {
        return definition;
    }

    public FilterModel filters() {
        return filters;
    }

    public PagedListModel<R> list() {
        return list;
    }

    /** The table, once {@link #view()} has been built. */
    public ListTable<R> table() {
        view();
        return table;
    }

    /** The list prints as its definition's report, with the filters and sort on screen. */
    @Override
    public ReportBlade reportBlade() {
        return definition.report();
    }

    @Override
    public EventFilter reportFilter() {
        return filters().build();
    }

    @Override
    public Sort reportSort() {
        return list().sort();
    }

    /**
     * Shows a saved view: its filters, date range, sort and columns. Call before the blade is shown, on a blade
     * opened with a preset filter (which remembers nothing, so the view leaves the root blade's state alone).
     */
    public void show(SavedView savedView) {
        shownView = savedView;
        ViewCapture.apply(savedView, filters);
        list.setSort(savedView.sort());
    }

    /** The blade's filters, date range, sort and shown columns as a view named {@code name}. */
    public SavedView captureView(String name) {
        List<String> shown = table().visibleColumns().stream().map(ListColumn::id).toList();
        return ViewCapture.capture(name, definition.list().kind(), filters, list.sort(), shown);
    }

    /** What the toolbar's Save view does (the window asks for a name and saves); without it the button does nothing. */
    public void onSaveView(Consumer<ListBlade<?>> saver) {
        viewSaver = saver;
    }

    /** Loads the list again, e.g. after an import. */
    public void refresh() {
        list.reload();
    }

    /** Asks where to save, then writes every row of the current list (visible columns) to CSV in a task. */
    public void exportCsv() {
        Path file = context.csvTarget().choose(view().getScene() == null ? null : view().getScene().getWindow(),
                definition.exportName() + ".csv").orElse(null);
        if (file != null) {
            exportCsv(file);
        }
    }

    /** Writes every row of the current list to {@code file} in a task shown in the status bar. */
    public void exportCsv(Path file) {
        TimeFormat time = context.timeFormat();
        List<String> header = new ArrayList<>();
        List<Function<R, String>> cells = new ArrayList<>();
        for (ListColumn<R> column : table().visibleColumns()) {
            header.add(table.headerText(column));
            cells.add(row -> CellText.of(column.value().apply(row), time::format));
        }
        if (WorkbookExport.wanted(file)) {
            WorkbookExport.start(context, definition.list(), table().visibleColumns(), header, list.filter(),
                    list.sort(), file);
            return;
        }
        CsvExport<R> export = new CsvExport<>(list.source(), header, cells);
        EventFilter f = list.filter();
        Sort s = list.sort();
        String name = String.valueOf(file.getFileName());
        Tasks.createReporting(reporter -> export.write(f, s, file, reporter))
                .showingIn(context.status(), I18n.format("list.export.running", name))
                .onSuccess(rows -> context.status().showMessage(I18n.format("list.export.done", rows, name)))
                .onError(e -> context.status().showMessage(I18n.format("list.export.failed", name,
                        String.valueOf(e.getMessage()))))
                .runOnce(context.access().executor());
    }

    @Override
    public void onClose() {
        filters.filterProperty().removeListener(filterListener);
        context.timeMode().removeListener(timeListener);
        if (table != null) {
            table.dispose();
        }
    }

    private VBox build() {
        table = new ListTable<>(list, definition.columns(), context.timeMode(),
                preset == null ? context.preferences().bladeNode(definition.bladeId()) : null,
                definition.hiddenByDefault());
        table.rank(definition.ranks(), definition.yieldOrder());
        if (customize != null) {
            customize.accept(table);
        }
        table.placeholder(new EmptyList(list.totalProperty(), filters::clear, context.importFiles()).view());
        FilterBar bar = new FilterBar(filters, definition.filters(), context.access());
        if (shownView != null) {
            table.showColumns(shownView.columns().stream().map(ViewColumn::id).toList());
        }
        ListToolbar toolbar = new ListToolbar(list, table, this::exportCsv, () -> {
            if (viewSaver != null) {
                viewSaver.accept(this);
            }
        });
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        VBox box = new VBox(bar.view(), toolbar.view(), table.node());
        box.getStyleClass().add("list-blade");
        box.setId("list-" + definition.bladeId());
        if (details != null) {
            table.view().getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
                if (row != null && table.view().getSelectionModel().getSelectedIndices().size() == 1) {
                    context.navigator().open(this, details.apply(row));
                }
            });
        }
        filters.filterProperty().addListener(filterListener);
        context.timeMode().addListener(timeListener);
        list.load(filters.filter());
        return box;
    }
}
