package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.I18n;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/**
 * A "contains" field of the filter bar, with a button that clears it: what is typed reaches the filter a moment after
 * typing stops (or at once on Enter), so a fast typist starts one query rather than one per key.
 */
final class TextFilter {
    private static final Duration QUIET = Duration.millis(350);
    /** The field's padding and borders plus the clear button's room beside the text. */
    private static final double AROUND_TEXT = 44;

    private final TextField field = TextFields.createClearableTextField();
    private final PauseTransition pause = new PauseTransition(QUIET);

    TextFilter(String id, String promptKey, StringProperty target) {
        field.setId(id);
        field.getStyleClass().add(FilterBar.FIELD);
        field.promptTextProperty().bind(I18n.text(promptKey));
        field.accessibleTextProperty().bind(I18n.text(promptKey));
        field.setText(target.get());
        // the placeholder names the field, so the field is never narrower than it (Swedish ones run longer)
        field.promptTextProperty().addListener((obs, old, now) -> fitPrompt());
        field.fontProperty().addListener((obs, old, now) -> fitPrompt());
        fitPrompt();
        pause.setOnFinished(event -> commit(target));
        field.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        field.setOnAction(event -> {
            pause.stop();
            commit(target);
        });
        target.addListener((obs, old, now) -> {
            if (!now.equals(field.getText())) {
                pause.stop();
                field.setText(now);
                pause.stop();
            }
        });
    }

    /** Shows the text of {@code key} when the pointer rests on the field (the search's syntax). */
    TextFilter withTooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(I18n.text(key));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        field.setTooltip(tip);
        return this;
    }

    private void fitPrompt() {
        Text prompt = new Text(field.getPromptText() == null ? "" : field.getPromptText());
        prompt.setFont(field.getFont());
        field.setMinWidth(Math.ceil(prompt.getLayoutBounds().getWidth() + AROUND_TEXT));
    }

    TextField view() {
        return field;
    }

    private void commit(StringProperty target) {
        String text = field.getText() == null ? "" : field.getText();
        if (!text.equals(target.get())) {
            target.set(text);
        }
    }
}
