package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * One blade as placed by the host: a header with title, subtitle and close X above the blade's own view; collapsed,
 * only its title on its side, which returns to the blade when clicked.
 */
final class BladePane extends VBox {
    private final Blade blade;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Button close = new Button("\u2715");
    private final Label stripTitle = new Label();
    private final Button strip = new Button(null, new Group(stripTitle));
    private final HBox header;
    private final Node content;

    BladePane(Blade blade, Runnable onClose, Runnable onReturn) {
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
        header = new HBox(titles, spacer, close);
        header.getStyleClass().add(Styles.BLADE_HEADER);
        content = blade.view();
        content.getStyleClass().add(Styles.BLADE_CONTENT);
        VBox.setVgrow(content, Priority.ALWAYS);
        stripTitle.setRotate(-90);
        strip.getStyleClass().add(Styles.BLADE_STRIP);
        strip.setMaxHeight(Double.MAX_VALUE);
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setOnAction(event -> onReturn.run());
        strip.setTooltip(new Tooltip());
        VBox.setVgrow(strip, Priority.ALWAYS);
        getChildren().addAll(header, content, strip);
        setMinWidth(0);
        // Content narrower than its own minimum stays inside its blade rather than drawing over the next one.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        show(new BladeLayout.Slot(blade.width(), false));
        refreshTexts();
    }

    Blade blade() {
        return blade;
    }

    /** Places the pane at {@code index}: the ids of the pane, its close button, title and strip. */
    void place(int index) {
        setId("blade-" + index);
        close.setId("blade-close-" + index);
        title.setId("blade-title-" + index);
        strip.setId("blade-collapsed-" + index);
    }

    /** Takes the width the layout gives, open or collapsed to its strip. */
    void show(BladeLayout.Slot slot) {
        // exactly the slot's width: content that widens itself later (a list fitting its columns to its first rows)
        // never pushes the blades beside it, nor moves their buttons under the pointer
        setMinWidth(slot.width());
        setPrefWidth(slot.width());
        setMaxWidth(slot.width());
        for (Node open : List.of(header, content)) {
            open.setVisible(!slot.collapsed());
            open.setManaged(!slot.collapsed());
        }
        strip.setVisible(slot.collapsed());
        strip.setManaged(slot.collapsed());
    }

    /** Reads title and subtitle again, e.g. after a language change. */
    void refreshTexts() {
        title.setText(blade.title());
        stripTitle.setText(blade.title());
        strip.getTooltip().setText(I18n.format("blade.return", blade.title()));
        strip.setAccessibleText(strip.getTooltip().getText());
        String sub = blade.subtitle();
        subtitle.setText(sub == null ? "" : sub);
        subtitle.setVisible(!subtitle.getText().isEmpty());
        subtitle.setManaged(subtitle.isVisible());
    }
}
