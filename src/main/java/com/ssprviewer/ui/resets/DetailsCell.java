package com.ssprviewer.ui.resets;

import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.details.AttemptDetailsBlade;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A Details cell that marks a problem with a documented fix and shows the fix in its tooltip. */
final class DetailsCell extends TableCell<AttemptRow, Object> {
    private static final String HAS_FIX = "has-fix";
    private final Tooltip tip = new Tooltip();

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().remove(HAS_FIX);
        if (empty || value == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        String details = value.toString();
        String fix = AttemptDetailsBlade.fixFor(details);
        setText(details);
        if (fix.isEmpty()) {
            tip.setText(details);
            setTooltip(details.length() > 30 ? tip : null);
        } else {
            getStyleClass().add(HAS_FIX);
            tip.setText(details + "\n\n" + I18n.format("blade.resets.fixTooltip", fix));
            setTooltip(tip);
        }
    }
}
