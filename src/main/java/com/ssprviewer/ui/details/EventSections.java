package com.ssprviewer.ui.details;

import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Registration;
import com.ssprviewer.model.Target;
import com.ssprviewer.model.Unlisted;
import com.ssprviewer.store.api.StoredEvent;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.ValueNames;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The sections of an event's details: the event, who initiated it, each target with its changes, extras, raw JSON. */
final class EventSections {
    private EventSections() {
    }

    /** The sections; {@code registration}, when the event is one, adds the data registered. */
    static List<Node> of(StoredEvent stored, TimeFormat time, Registration registration) {
        AuditEvent e = stored.event();
        List<Node> nodes = new ArrayList<>();
        FieldGrid event = new FieldGrid("details-event", "details.section.event")
                .add("time", time.columnLabel(), time.format(e.time()))
                .add("service", I18n.get("column.service"), e.service())
                .add("category", I18n.get("column.category"), e.category())
                .add("activity", I18n.get("column.activity"), e.activity())
                .add("status", I18n.get("column.status"), ValueNames.of(e.status()))
                .add("reason", I18n.get("column.reason"), e.reason())
                .add("correlationId", I18n.get("column.correlationId"), e.correlationId())
                .add("operationType", I18n.get("details.field.operationType"), e.operationType())
                .add("userAgent", I18n.get("details.field.userAgent"), e.userAgent())
                .add("role", I18n.get("column.role"), e.role())
                .add("methods", I18n.get("column.methods"), ValueNames.methods(e.methods()))
                .add("result", I18n.get("column.result"), e.result() == null ? null : ValueNames.of(e.result()))
                .add("sourceId", I18n.get("details.field.sourceId"), e.sourceId())
                .add("kind", I18n.get("details.field.kind"), kind(e.kind()))
                .add("file", I18n.get("details.field.file"), stored.importFileName());
        if (registration != null) {
            event.add("dataRegistered", I18n.get("column.dataRegistered"), registration.dataInExport()
                    ? ValueNames.methods(registration.methods()) : ValueNames.of(Unlisted.NOT_IN_EXPORT));
        }
        nodes.add(event.view());
        nodes.add(actor(e.actor()));
        for (int i = 0; i < e.targets().size(); i++) {
            nodes.add(target(i, e.targets().get(i)));
        }
        FieldGrid extra = new FieldGrid("details-additional", "details.section.additional");
        for (int i = 0; i < e.additionalDetails().size(); i++) {
            KeyValue kv = e.additionalDetails().get(i);
            extra.add("detail-" + i, kv.key(), kv.value());
        }
        if (!e.additionalDetails().isEmpty()) {
            nodes.add(extra.view());
        }
        nodes.add(raw(e));
        return nodes;
    }

    /** Where the record came from, as an administrator names it (never the stored code). */
    private static String kind(EventKind kind) {
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case CLASSIC_RESET:
                return I18n.get("details.kind.classicReset");
            case CLASSIC_REGISTRATION:
                return I18n.get("details.kind.classicRegistration");
            default:
                return I18n.get("details.kind.audit");
        }
    }

    private static Node actor(Actor a) {
        return new FieldGrid("details-actor", "details.section.actor")
                .add("type", I18n.get("details.field.type"), a.type())
                .add("displayName", I18n.get("details.field.displayName"), a.displayName())
                .add("upn", I18n.get("details.field.upn"), a.userPrincipalName())
                .add("objectId", I18n.get("details.field.objectId"), a.objectId())
                .add("ip", I18n.get("column.ip"), a.ipAddress())
                .add("tenantId", I18n.get("details.field.tenantId"), a.homeTenantId())
                .add("tenantName", I18n.get("details.field.tenantName"), a.homeTenantName())
                .add("spId", I18n.get("details.field.spId"), a.servicePrincipalId())
                .add("spName", I18n.get("details.field.spName"), a.servicePrincipalName())
                .view();
    }

    private static Node target(int index, Target t) {
        FieldGrid grid = new FieldGrid("details-target-" + index, "details.section.target")
                .add("type", I18n.get("details.field.type"), t.type())
                .add("displayName", I18n.get("details.field.displayName"), t.displayName())
                .add("upn", I18n.get("details.field.upn"), t.userPrincipalName())
                .add("objectId", I18n.get("details.field.objectId"), t.objectId());
        if (t.modifiedProperties().isEmpty()) {
            return grid.view();
        }
        TableView<ModifiedProperty> table = new TableView<>();
        table.setId("details-target-" + index + "-modified");
        table.getStyleClass().add("modified-table");
        table.getColumns().add(column("details.modified.property", ModifiedProperty::name));
        table.getColumns().add(column("details.modified.old", ModifiedProperty::oldValue));
        table.getColumns().add(column("details.modified.new", ModifiedProperty::newValue));
        table.getItems().setAll(t.modifiedProperties());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.setPrefHeight(34 + 28 * Math.min(6, t.modifiedProperties().size()));
        Label title = new Label(I18n.get("details.section.modified"));
        title.getStyleClass().add("subsection-title");
        return new VBox(grid.view(), title, table);
    }

    private static TableColumn<ModifiedProperty, String> column(String key,
            java.util.function.Function<ModifiedProperty, String> value) {
        TableColumn<ModifiedProperty, String> c = new TableColumn<>(I18n.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(200);
        return c;
    }

    private static Node raw(AuditEvent e) {
        Label title = new Label(I18n.get("details.section.raw"));
        title.getStyleClass().add("section-title");
        TextArea record = new TextArea(RawRecord.of(e));
        record.setId("details-raw");
        record.setEditable(false);
        record.getStyleClass().add("raw-record");
        boolean classic = e.kind() == EventKind.CLASSIC_RESET || e.kind() == EventKind.CLASSIC_REGISTRATION;
        record.setWrapText(classic);
        record.setPrefRowCount(classic ? 4 : 18);
        VBox box = new VBox(title, record);
        box.getStyleClass().add("details-section");
        return box;
    }
}
