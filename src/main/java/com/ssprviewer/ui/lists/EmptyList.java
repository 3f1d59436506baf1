package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.Controls;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableLongValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What a list without rows says: when the store holds nothing of its kind, that, with Import; when filters hide
 * every row, that, with a link that clears them.
 */
final class EmptyList {
    private final VBox view = new VBox(10);

    EmptyList(ObservableLongValue total, Runnable clearFilters, Runnable importFiles) {
        BooleanBinding nothingStored = Bindings.createBooleanBinding(() -> total.get() == 0, total);
        Label text = new Label();
        text.setId("list-empty");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.MUTED);
        text.textProperty().bind(Bindings.when(nothingStored).then(I18n.text("list.empty.store"))
                .otherwise(I18n.text("list.empty")));
        Hyperlink clear = new Hyperlink();
        clear.setId("list-empty-clear");
        clear.textProperty().bind(I18n.text("list.empty.clear"));
        clear.setOnAction(event -> clearFilters.run());
        show(clear, nothingStored.not());
        view.getChildren().addAll(text, clear);
        if (importFiles != null) {
            Button importButton = Controls.button("list-empty-import", "list.empty.import", importFiles);
            show(importButton, nothingStored);
            view.getChildren().add(importButton);
        }
        view.setAlignment(Pos.CENTER);
        view.setMaxWidth(420);
    }

    Node view() {
        return view;
    }

    private static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
