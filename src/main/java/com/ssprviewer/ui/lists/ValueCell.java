package com.ssprviewer.ui.lists;

import com.ssprviewer.report.CellText;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import com.ssprviewer.ui.common.ValueNames;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A list cell: the value as text (times in the window's time mode), coloured for statuses and outcomes, with the
 * whole text as tooltip when the column is too narrow for it. A column whose empty value means "not known from
 * this data" shows it as a muted dash explaining why. The tooltip is made the first time one is needed.
 *
 * @param <R> the row type
 */
final class ValueCell<R> extends TableCell<R, Object> {
    /** An empty value shown as a dash, muted. */
    static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");
    static final String DASH = "\u2014";

    private final ObservableValue<TimeMode> timeMode;
    private final Tooltip unknownTip;
    private Tooltip tip;
    private String styled;
    private boolean unknown;

    ValueCell(ObservableValue<TimeMode> timeMode) {
        this(timeMode, null);
    }

    /** @param unknownTipKey the bundle key of an empty value's explanation, or null to leave empty values blank */
    ValueCell(ObservableValue<TimeMode> timeMode, String unknownTipKey) {
        this.timeMode = timeMode;
        if (unknownTipKey == null) {
            unknownTip = null;
        } else {
            unknownTip = new Tooltip();
            unknownTip.textProperty().bind(I18n.text(unknownTipKey));
        }
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        String style = empty || value == null ? null : CellStyles.of(value);
        if (styled != null && !styled.equals(style)) {
            getStyleClass().remove(styled);
            styled = null;
        }
        boolean blank = value == null || value.toString().isBlank();
        markUnknown(!empty && getTableRow() != null && getTableRow().getItem() != null && blank
                && unknownTip != null);
        if (unknown) {
            setText(DASH);
            setTooltip(unknownTip);
            return;
        }
        if (empty || value == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(text(value, timeMode.getValue()));
        if (style != null && styled == null) {
            styled = style;
            getStyleClass().add(style);
        }
    }

    /** Gives the whole text as tooltip exactly when the cell draws it cut. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (unknown) {
            return;
        }
        String text = getText();
        boolean cut = text != null && lookup(".text") instanceof Text drawn && drawn.getParent() == this
                && !text.equals(drawn.getText());
        if (cut) {
            tip().setText(text);
            if (getTooltip() != tip) {
                setTooltip(tip);
            }
        } else if (getTooltip() != null) {
            setTooltip(null);
        }
    }

    private Tooltip tip() {
        if (tip == null) {
            tip = new Tooltip();
        }
        return tip;
    }

    private void markUnknown(boolean now) {
        if (unknown != now) {
            unknown = now;
            pseudoClassStateChanged(UNKNOWN, now);
        }
    }

    /** A value as the table shows it: times in the chosen zone, outcomes, statuses and methods in the language. */
    static String text(Object value, TimeMode mode) {
        return CellText.of(value, TimeFormat.of(mode)::format, ValueNames::of);
    }
}
