package com.ssprviewer.ui.shell;

import com.ssprviewer.store.api.StoredView;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The left navigation: one button per {@link NavItem} (ids {@code nav-overview}, ...), and under a list's entry its
 * saved views, indented (ids {@code nav-view-<list>-<n>}), each with a context menu to rename, delete or export it.
 * Up and Down move between entries, Enter or Space opens one; the selected entry is marked with the
 * {@code :selected} pseudo class.
 */
final class NavigationView extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final Map<NavItem, Button> buttons = new EnumMap<>(NavItem.class);
    private final Map<NavItem, VBox> viewBoxes = new EnumMap<>(NavItem.class);
    private final ShellModel model;
    private final SavedViewActions viewActions;

    NavigationView(ShellModel model) {
        this(model, SavedViewActions.NONE);
    }

    NavigationView(ShellModel model, SavedViewActions viewActions) {
        this.model = model;
        this.viewActions = viewActions;
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
            if (item.list() != null) {
                VBox views = new VBox();
                views.setId(item.nodeId() + "-views");
                viewBoxes.put(item, views);
                getChildren().add(views);
            }
        }
        model.selectedProperty().addListener((obs, old, item) -> markSelected(item));
        markSelected(model.selectedProperty().get());
        model.savedViews().addListener((ListChangeListener<StoredView>) change -> showViews());
        showViews();
    }

    private void showViews() {
        viewBoxes.values().forEach(box -> box.getChildren().clear());
        for (StoredView view : model.savedViews()) {
            NavItem item = NavItem.of(view.view().list());
            VBox box = viewBoxes.get(item);
            Button button = new Button(view.view().name());
            button.setId("nav-view-" + view.view().list().key() + "-" + box.getChildren().size());
            button.getStyleClass().addAll(Styles.NAV_ITEM, "nav-view");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.setOnAction(event -> model.openView(view.view()));
            button.setContextMenu(new ContextMenu(
                    menuItem("nav-view-rename", "nav.view.rename", () -> viewActions.rename(view)),
                    menuItem("nav-view-delete", "nav.view.delete", () -> viewActions.delete(view)),
                    menuItem("nav-view-export", "nav.view.export", () -> viewActions.export(view))));
            box.getChildren().add(button);
        }
    }

    private static MenuItem menuItem(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(I18n.text(key));
        item.setOnAction(event -> action.run());
        return item;
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
