package com.ssprviewer.ui.details;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The frame of a details blade: a spinner while the record loads, then links above scrolling sections. */
final class DetailsLayout {
    private final StackPane root = new StackPane();
    private final VBox content = new VBox();
    /** Links wrap onto a second line rather than being cut when the blade is narrow or the language long. */
    private final FlowPane links = new FlowPane();

    DetailsLayout(String id) {
        root.setId(id);
        content.getStyleClass().add("details");
        links.getStyleClass().add("details-links");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("details-loading");
        spinner.setMaxSize(48, 48);
        root.getChildren().addAll(scroll, spinner);
    }

    Node view() {
        return root;
    }

    /** Replaces the spinner with the sections. */
    void show(List<Node> sections) {
        root.getChildren().removeIf(n -> n instanceof ProgressIndicator);
        content.getChildren().setAll(links);
        content.getChildren().addAll(sections);
    }

    /** Shows one sentence instead of the record. */
    void message(String text) {
        Label label = new Label(text);
        label.setId("details-message");
        label.getStyleClass().add(Styles.MUTED);
        show(List.of(label));
    }

    /** Adds a link above the sections (shown once the sections are). */
    void link(String id, String key, Runnable action) {
        Hyperlink link = new Hyperlink(I18n.get(key));
        link.setId(id);
        link.setOnAction(event -> action.run());
        links.getChildren().add(link);
    }
}
