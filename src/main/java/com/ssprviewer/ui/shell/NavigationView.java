package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The left navigation: one button per {@link NavItem} (ids {@code nav-overview}, ...). Up and Down move between
 * entries, Enter or Space opens one; the selected entry is marked with the {@code :selected} pseudo class.
 */
final class NavigationView extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final Map<NavItem, Button> buttons = new EnumMap<>(NavItem.class);

    NavigationView(ShellModel model) {
        getStyleClass().add(Styles.NAV);
        setId("nav");
        for (NavItem item : NavItem.values()) {
            Button button = new Button();
            button.setId(item.nodeId());
            button.getStyleClass().add(Styles.NAV_ITEM);
            button.textProperty().bind(I18n.text(item.key()));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> model.navigate(item));
            button.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
                    focusNeighbour(item, event.getCode() == KeyCode.DOWN ? 1 : -1);
                    event.consume();
                }
            });
            buttons.put(item, button);
            getChildren().add(button);
        }
        model.selectedProperty().addListener((obs, old, item) -> markSelected(item));
        markSelected(model.selectedProperty().get());
    }

    private void markSelected(NavItem selected) {
        buttons.forEach((item, button) -> button.pseudoClassStateChanged(SELECTED, item == selected));
    }

    private void focusNeighbour(NavItem item, int step) {
        NavItem[] items = NavItem.values();
        int next = Math.floorMod(item.ordinal() + step, items.length);
        buttons.get(items[next]).requestFocus();
    }
}
