package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One blade as placed by the host: a header with title, subtitle and close X above the blade's own view. */
final class BladePane extends VBox {
    private final Blade blade;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Button close = new Button("\u2715");

    BladePane(Blade blade, Runnable onClose) {
        this.blade = blade;
        getStyleClass().add(Styles.BLADE);
        title.getStyleClass().add(Styles.BLADE_TITLE);
        subtitle.getStyleClass().add(Styles.BLADE_SUBTITLE);
        close.getStyleClass().add(Styles.BLADE_CLOSE);
        close.setOnAction(event -> onClose.run());
        close.setTooltip(new Tooltip());
        close.getTooltip().textProperty().bind(I18n.text("blade.close"));
        close.accessibleTextProperty().bind(I18n.text("blade.close"));
        VBox titles = new VBox(title, subtitle);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(titles, spacer, close);
        header.getStyleClass().add(Styles.BLADE_HEADER);
        Node content = blade.view();
        content.getStyleClass().add(Styles.BLADE_CONTENT);
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(header, content);
        setMinWidth(blade.width());
        setPrefWidth(blade.width());
        refreshTexts();
    }

    Blade blade() {
        return blade;
    }

    /** Places the pane at {@code index}: sets the close button id and whether it takes the free space. */
    void place(int index, boolean newest) {
        setId("blade-" + index);
        close.setId("blade-close-" + index);
        title.setId("blade-title-" + index);
        setMaxWidth(newest ? Double.MAX_VALUE : blade.width());
        HBox.setHgrow(this, newest ? Priority.ALWAYS : Priority.NEVER);
    }

    /** Reads title and subtitle again, e.g. after a language change. */
    void refreshTexts() {
        title.setText(blade.title());
        String sub = blade.subtitle();
        subtitle.setText(sub == null ? "" : sub);
        subtitle.setVisible(!subtitle.getText().isEmpty());
        subtitle.setManaged(subtitle.isVisible());
    }
}
