package com.ssprviewer.ui.details;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A titled section of name/value lines. Values are read-only text fields without a frame, so an administrator can
 * select and copy an id; an empty value shows a muted dash.
 */
final class FieldGrid {
    private final GridPane grid = new GridPane();
    private final VBox section;
    private final String idPrefix;
    private int rows;

    FieldGrid(String idPrefix, String titleKey) {
        this.idPrefix = idPrefix;
        grid.getStyleClass().add("field-grid");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(150);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        Label title = new Label(I18n.get(titleKey));
        title.getStyleClass().add("section-title");
        section = new VBox(title, grid);
        section.getStyleClass().add("details-section");
        section.setId(idPrefix);
    }

    /** Adds a line; {@code fieldId} names the value node ({@code prefix-fieldId}) for tests. */
    FieldGrid add(String fieldId, String name, String value) {
        Label label = new Label(name);
        label.getStyleClass().addAll(Styles.MUTED, "field-name");
        TextField text = new TextField(value == null || value.isEmpty() ? "\u2014" : value);
        text.setEditable(false);
        text.setId(idPrefix + "-" + fieldId);
        text.getStyleClass().add("field-value");
        grid.addRow(rows++, label, text);
        return this;
    }

    Node view() {
        return section;
    }
}
