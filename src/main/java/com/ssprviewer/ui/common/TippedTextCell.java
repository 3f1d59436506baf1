package com.ssprviewer.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A text cell whose whole value is also its tooltip, for small tables whose columns narrow for room: a value cut
 * with an ellipsis still reads whole under the pointer.
 */
public final class TippedTextCell<S> extends TableCell<S, String> {

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
    }
}
