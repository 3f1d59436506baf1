package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows the blades of a {@link BladeHostModel} left to right, with a breadcrumb above. The blades always fit the
 * width: {@link BladeLayout} decides each one's width and which collapse to a titled strip (a click on a strip
 * returns to that blade), so no blade is clipped and nothing scrolls sideways.
 */
public final class BladeHost {
    private final BladeHostModel model;
    private final Map<Blade, BladePane> panes = new IdentityHashMap<>();
    private final HBox strip = new HBox();
    private final Breadcrumb breadcrumb;
    private final Label empty = new Label();
    private final VBox root;
    private final InvalidationListener localeListener = observable -> refreshTexts();

    public BladeHost(BladeHostModel model) {
        this.model = model;
        this.breadcrumb = new Breadcrumb(model);
        strip.getStyleClass().add(Styles.BLADE_HOST);
        strip.setId("blade-strip");
        strip.setMinWidth(0);
        strip.widthProperty().addListener((obs, old, width) -> arrange());
        empty.textProperty().bind(I18n.text("blades.empty"));
        empty.getStyleClass().add(Styles.EMPTY_HINT);
        empty.setMouseTransparent(true);
        StackPane stack = new StackPane(strip, empty);
        stack.setMinWidth(0);
        VBox.setVgrow(stack, Priority.ALWAYS);
        root = new VBox(breadcrumb.view(), stack);
        model.blades().addListener((ListChangeListener<Blade>) change -> rebuild());
        I18n.localeProperty().addListener(new WeakInvalidationListener(localeListener));
        rebuild();
    }

    public Node view() {
        return root;
    }

    public BladeHostModel model() {
        return model;
    }

    private void rebuild() {
        List<Blade> blades = model.blades();
        panes.keySet().removeIf(blade -> model.indexOf(blade) < 0);
        strip.getChildren().clear();
        for (int i = 0; i < blades.size(); i++) {
            Blade blade = blades.get(i);
            BladePane pane = panes.computeIfAbsent(blade, b -> new BladePane(b, () -> model.close(b),
                    () -> model.closeRightOf(model.indexOf(b))));
            pane.place(i);
            strip.getChildren().add(pane);
        }
        empty.setVisible(blades.isEmpty());
        breadcrumb.refresh();
        arrange();
    }

    /** Gives each blade the width the layout decides for the strip's width now. */
    private void arrange() {
        List<Blade> blades = model.blades();
        List<BladeLayout.Slot> slots = BladeLayout.arrange(blades.stream().map(Blade::width).toList(),
                blades.stream().map(Blade::minWidth).toList(), strip.getWidth());
        for (int i = 0; i < slots.size(); i++) {
            panes.get(blades.get(i)).show(slots.get(i));
        }
    }

    private void refreshTexts() {
        panes.values().forEach(BladePane::refreshTexts);
        breadcrumb.refresh();
    }
}
