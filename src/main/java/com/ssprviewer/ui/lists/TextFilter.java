package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.I18n;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.util.Duration;

/**
 * A "contains" field of the filter bar: what is typed reaches the filter a moment after typing stops (or at once on
 * Enter), so a fast typist starts one query rather than one per key.
 */
final class TextFilter {
    private static final Duration QUIET = Duration.millis(350);

    private final TextField field = new TextField();
    private final PauseTransition pause = new PauseTransition(QUIET);

    TextFilter(String id, String promptKey, StringProperty target) {
        field.setId(id);
        field.getStyleClass().add(FilterBar.FIELD);
        field.promptTextProperty().bind(I18n.text(promptKey));
        field.accessibleTextProperty().bind(I18n.text(promptKey));
        field.setText(target.get());
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
