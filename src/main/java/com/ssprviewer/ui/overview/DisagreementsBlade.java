package com.ssprviewer.ui.overview;

import com.ssprviewer.insight.Disagreement;
import com.ssprviewer.insight.Disagreements;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Exportable;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.RunningTask;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.listblades.ListBlades;
import com.ssprviewer.ui.lists.ListContext;
import com.ssprviewer.ui.lists.RowColumn;
import com.ssprviewer.ui.lists.RowsTable;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableRow;

/**
 * The users whose registration events and registration snapshots contradict ({@code insight.Disagreements}): user,
 * the registration, the snapshot day and its state, and which contradiction. The rows are computed in a background
 * task when the blade opens; the table sorts, Ctrl+C copies and the export writes CSV like the coverage user lists.
 * A double click opens the user's registrations.
 */
public final class DisagreementsBlade implements Blade, Exportable {
    private final ListBlades lists;
    private final ListContext context;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private List<Disagreement> found = List.of();
    private RowsTable<Disagreement> rows;
    private RunningTask running;

    public DisagreementsBlade(ListBlades lists) {
        this.lists = lists;
        this.context = lists.context();
    }

    @Override
    public String title() {
        return I18n.get("disagree.title");
    }

    @Override
    public String subtitle() {
        return I18n.get("disagree.subtitle");
    }

    @Override
    public double width() {
        return 900;
    }

    /** Every row found, whatever the filter; empty until {@link #loadedProperty()} turns true. */
    public List<Disagreement> rows() {
        return found;
    }

    /** True once the rows are computed (or their computation failed). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    @Override
    public Node view() {
        if (rows == null) {
            rows = new RowsTable<>(context, "disagree", columns(), (d, text) -> d.user().contains(text),
                    I18n.get("disagree.filter"), I18n.get("disagree.title"));
            rows.setPlaceholder(I18n.get("disagree.loading"));
            rows.table().setRowFactory(t -> {
                TableRow<Disagreement> row = new TableRow<>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && row.getItem() != null) {
                        openHistory(row.getItem().user());
                    }
                });
                return row;
            });
            running = Tasks.create(() -> Disagreements.compute(context.access().store()))
                    .onSuccess(d -> {
                        found = d;
                        rows.setPlaceholder(I18n.get("disagree.none"));
                        rows.setRows(d);
                    })
                    .onError(e -> rows.setPlaceholder(I18n.format("disagree.failed",
                            String.valueOf(e.getMessage()))))
                    .andFinally(() -> loaded.set(true))
                    .runOnce(context.access().executor());
        }
        return rows.view();
    }

    @Override
    public void onClose() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Opens the registrations of {@code user} beside this blade. */
    public void openHistory(String user) {
        context.navigator().open(this, lists.registrations(EventFilter.builder().user(user).build()));
    }

    /** Copies the selected rows, in the order shown, with a header line, as tab-separated text. */
    public String copySelection() {
        return rows.copySelection();
    }

    @Override
    public void exportCsv(Path file) {
        if (rows != null) {
            rows.exportCsv(file);
        }
    }

    private List<RowColumn<Disagreement>> columns() {
        return List.of(
                new RowColumn<>(() -> I18n.get("disagree.column.user"), 220, Disagreement::user),
                new RowColumn<>(() -> I18n.get("disagree.column.event"), 150,
                        d -> context.timeFormat().format(d.eventTime())),
                new RowColumn<>(() -> I18n.get("disagree.column.snapshot"), 100, d -> d.snapshotDay().toString()),
                new RowColumn<>(() -> I18n.get("disagree.column.state"), 200, DisagreementsBlade::state),
                new RowColumn<>(() -> I18n.get("disagree.column.kind"), 260, d -> I18n.get(d.nextSnapshot()
                        ? "disagree.kind.next" : "disagree.kind.lost")));
    }

    private static String state(Disagreement d) {
        return I18n.get(d.state().ssprRegistered() ? "disagree.state.registered" : "disagree.state.notRegistered")
                + ", " + I18n.get(d.state().ssprEnabled() ? "disagree.state.enabled" : "disagree.state.notEnabled");
    }
}
