package com.ssprviewer.ui.lists;

import com.ssprviewer.report.CellText;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import com.ssprviewer.ui.common.ValueNames;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A list cell: the value as text (times in the window's time mode), coloured for statuses and outcomes, with the
 * full text as tooltip when it is long. The tooltip is made the first time one is needed.
 *
 * @param <R> the row type
 */
final class ValueCell<R> extends TableCell<R, Object> {
    private final ObservableValue<TimeMode> timeMode;
    private Tooltip tip;
    private String styled;

    ValueCell(ObservableValue<TimeMode> timeMode) {
        this.timeMode = timeMode;
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        String style = empty || value == null ? null : CellStyles.of(value);
        if (styled != null && !styled.equals(style)) {
            getStyleClass().remove(styled);
            styled = null;
        }
        if (empty || value == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        String text = text(value, timeMode.getValue());
        setText(text);
        if (style != null && styled == null) {
            styled = style;
            getStyleClass().add(style);
        }
        if (text.length() > 30) {
            if (tip == null) {
                tip = new Tooltip();
            }
            tip.setText(text);
            setTooltip(tip);
        } else {
            setTooltip(null);
        }
    }

    /** A value as the table shows it: times in the chosen zone, outcomes, statuses and methods in the language. */
    static String text(Object value, TimeMode mode) {
        return CellText.of(value, TimeFormat.of(mode)::format, ValueNames::of);
    }
}
