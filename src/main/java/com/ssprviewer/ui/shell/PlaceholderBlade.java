package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A root blade that only names its navigation entry, until the feature blade replaces it in the registry. */
public final class PlaceholderBlade implements Blade {
    private final String titleKey;
    private VBox view;

    public PlaceholderBlade(String titleKey) {
        this.titleKey = titleKey;
    }

    @Override
    public String title() {
        return I18n.get(titleKey);
    }

    @Override
    public Node view() {
        if (view == null) {
            Label hint = new Label();
            hint.setId("placeholder-hint");
            hint.textProperty().bind(I18n.text("blade.placeholder.hint"));
            hint.getStyleClass().add(Styles.MUTED);
            view = new VBox(hint);
            view.getStyleClass().add(Styles.PLACEHOLDER);
        }
        return view;
    }
}
