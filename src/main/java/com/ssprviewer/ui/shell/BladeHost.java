package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows the blades of a {@link BladeHostModel} left to right in a sideways-scrolling strip that always scrolls to
 * the newest, with a breadcrumb above. The view only mirrors the model; every decision is the model's.
 */
public final class BladeHost {
    private final BladeHostModel model;
    private final Map<Blade, BladePane> panes = new IdentityHashMap<>();
    private final HBox strip = new HBox();
    private final ScrollPane scroll = new ScrollPane(strip);
    private final Breadcrumb breadcrumb;
    private final Label empty = new Label();
    private final VBox root;
    private final InvalidationListener localeListener = observable -> refreshTexts();
    private boolean scrollToNewest;

    public BladeHost(BladeHostModel model) {
        this.model = model;
        this.breadcrumb = new Breadcrumb(model);
        strip.getStyleClass().add(Styles.BLADE_HOST);
        strip.setId("blade-strip");
        strip.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("blade-scroll");
        strip.widthProperty().addListener((obs, old, width) -> {
            if (scrollToNewest) {
                scroll.setHvalue(scroll.getHmax());
                scrollToNewest = false;
            }
        });
        empty.textProperty().bind(I18n.text("blades.empty"));
        empty.getStyleClass().add(Styles.EMPTY_HINT);
        empty.setMouseTransparent(true);
        StackPane stack = new StackPane(scroll, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        root = new VBox(breadcrumb, stack);
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
            BladePane pane = panes.computeIfAbsent(blade, b -> new BladePane(b, () -> model.close(b)));
            pane.place(i, i == blades.size() - 1);
            strip.getChildren().add(pane);
        }
        empty.setVisible(blades.isEmpty());
        breadcrumb.refresh();
        scrollToNewest = true;
        scroll.setHvalue(scroll.getHmax());
    }

    private void refreshTexts() {
        panes.values().forEach(BladePane::refreshTexts);
        breadcrumb.refresh();
    }
}
