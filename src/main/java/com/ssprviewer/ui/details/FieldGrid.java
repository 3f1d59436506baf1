package com.ssprviewer.ui.details;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Shortcut;
import com.ssprviewer.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A titled section of name/value lines. A value wraps within the blade's width rather than being cut at its edge; it
 * takes focus, and Ctrl+C or its context menu copies it whole, so an administrator can copy an id. An empty value
 * shows a muted dash.
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
        boolean empty = value == null || value.isEmpty();
        Label text = new Label(empty ? "\u2014" : value);
        text.setId(idPrefix + "-" + fieldId);
        text.getStyleClass().add("field-value");
        text.setWrapText(true);
        // a small preferred width lets the value column take the blade's width and wrap there, not widen the grid
        text.setPrefWidth(40);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        if (!empty) {
            copyable(text, value);
        }
        grid.addRow(rows++, label, text);
        return this;
    }

    private static void copyable(Label text, String value) {
        text.setFocusTraversable(true);
        MenuItem copy = new MenuItem(I18n.get("list.copy"));
        copy.setOnAction(event -> copy(value));
        text.setContextMenu(new ContextMenu(copy));
        text.setOnMouseClicked(event -> text.requestFocus());
        text.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.COPY_ROWS.matches(event)) {
                copy(value);
                event.consume();
            }
        });
    }

    private static void copy(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
    }

    Node view() {
        return section;
    }
}
