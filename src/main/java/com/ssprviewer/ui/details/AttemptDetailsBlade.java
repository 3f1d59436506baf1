package com.ssprviewer.ui.details;

import com.ssprviewer.model.DetailsCatalog;
import com.ssprviewer.model.DetailsEntry;
import com.ssprviewer.model.ResetAttempt;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.api.SnapshotState;
import com.ssprviewer.store.api.StoredEvent;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TippedTextCell;
import com.ssprviewer.ui.common.ValueNames;
import com.ssprviewer.ui.lists.ListContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One reset attempt: its fields, the documented fix for its Details, and the events it was derived from (selecting
 * one opens its details), with links to the whole flow and the user's history.
 */
public final class AttemptDetailsBlade extends DetailsBlade {
    private final AttemptRow row;

    public AttemptDetailsBlade(ListContext context, AttemptRow row, DetailsLinks links) {
        super(context, links);
        this.row = row;
    }

    public AttemptRow row() {
        return row;
    }

    @Override
    public String title() {
        return I18n.get("details.title.attempt");
    }

    @Override
    public String subtitle() {
        return row.attempt().user() == null ? "" : row.attempt().user();
    }

    @Override
    public Node view() {
        return view("details-attempt-blade", () -> new Loaded(context.access().store().attemptEvents(row.id()),
                context.access().store().userSnapshots(row.attempt().user(), null)), this::show);
    }

    /** The documented fix for a Details text, or empty when none is documented. */
    public static String fixFor(String details) {
        return DetailsCatalog.find(details).flatMap(DetailsEntry::fixText).orElse("");
    }

    /** The attempt's events and its user's state in each registration snapshot. */
    private record Loaded(List<StoredEvent> events, List<SnapshotState> snapshots) {
    }

    private void show(Loaded loaded) {
        List<StoredEvent> events = loaded.events();
        ResetAttempt a = row.attempt();
        TimeFormat time = context.timeFormat();
        flowAndHistoryLinks(a.correlationId(), a.user());
        if (a.user() != null && !a.user().isBlank()) {
            boolean admin = ResetAttempt.isAdministratorRole(a.role());
            layout.link("details-admin", admin ? "details.link.unmarkAdmin" : "details.link.markAdmin",
                    () -> markAdministrator(a.user(), !admin));
        }
        List<Node> sections = new ArrayList<>();
        sections.add(new FieldGrid("details-attempt", "details.section.attempt")
                .add("user", I18n.get("column.user"), a.user())
                .add("role", I18n.get("column.role"), a.role())
                .add("time", time.columnLabel(), time.format(a.time()))
                .add("methods", I18n.get("column.methods"), ValueNames.methods(a.methods()))
                .add("result", I18n.get("column.result"), a.outcome() == null ? null : ValueNames.of(a.outcome()))
                .add("details", I18n.get("column.details"), a.details())
                .add("fix", I18n.get("column.fix"), fixFor(a.details()))
                .add("ip", I18n.get("column.ip"), a.ipAddress())
                .add("correlationId", I18n.get("column.correlationId"), a.correlationId())
                .add("eventCount", I18n.get("details.field.eventCount"), String.valueOf(a.eventCount()))
                .view());
        SnapshotStates.section(loaded.snapshots()).ifPresent(sections::add);
        sections.add(eventsTable(events, time));
        layout.show(sections);
    }

    private Node eventsTable(List<StoredEvent> events, TimeFormat time) {
        TableView<StoredEvent> table = new TableView<>();
        table.setId("details-attempt-events");
        table.getColumns().add(column(time.columnLabel(), e -> time.format(e.event().time()), 160));
        table.getColumns().add(column(I18n.get("column.activity"), e -> e.event().activity(), 220));
        table.getColumns().add(column(I18n.get("column.status"), e -> ValueNames.of(e.event().status()), 80));
        table.getColumns().add(column(I18n.get("column.reason"), e -> e.event().reason(), 300));
        // the reason takes what width is left, so the details blade never scrolls this table sideways; a cut value
        // shows whole in its tooltip (and in the event's own details, a click away)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(events);
        table.setFixedCellSize(28);
        table.setPrefHeight(52 + 28 * Math.max(2, Math.min(10, events.size())));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                context.navigator().open(this, new EventDetailsBlade(context, e.id(), links));
            }
        });
        Label title = new Label(I18n.get("details.section.events"));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(title, table);
        box.getStyleClass().add("details-section");
        return box;
    }

    private static TableColumn<StoredEvent, String> column(String title, Function<StoredEvent, String> value,
                                                           double width) {
        TableColumn<StoredEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(column -> new TippedTextCell<>());
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        return c;
    }

    /** Modern exports carry no role: the administrator says who is one, and the newest word wins. */
    private void markAdministrator(String user, boolean administrator) {
        Tasks.create(() -> {
            context.access().store().setAdministrator(user, administrator);
            return user;
        })
                .onSuccess(u -> context.status().showMessage(I18n.format(
                        administrator ? "details.admin.marked" : "details.admin.unmarked", u)))
                .onError(e -> context.status().showMessage(I18n.format("details.failed",
                        String.valueOf(e.getMessage()))))
                .runOnce(context.access().executor());
    }
}
