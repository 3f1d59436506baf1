package com.ssprviewer.ui.common;

import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ListCell;

/**
 * A list cell whose text is bound to a text of the bundles ({@link I18n#text}), so a language chosen while the cell is
 * shown (a combo box's current choice) renames it at once.
 *
 * @param <T> the item type
 */
public final class BoundTextCell<T> extends ListCell<T> {
    private final Function<T, ObservableStringValue> text;

    public BoundTextCell(Function<T, ObservableStringValue> text) {
        this.text = text;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        textProperty().unbind();
        if (empty || item == null) {
            setText(null);
        } else {
            textProperty().bind(text.apply(item));
        }
    }
}
