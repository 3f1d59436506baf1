package com.ssprviewer.ui.common;

import javafx.scene.control.Button;

/** Small factories for controls the feature packages all build the same way. */
public final class Controls {

    private Controls() {
    }

    /** A button with a stable id, its text from the bundle (following the language), doing {@code action}. */
    public static Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(I18n.text(key));
        button.setOnAction(event -> action.run());
        return button;
    }
}
