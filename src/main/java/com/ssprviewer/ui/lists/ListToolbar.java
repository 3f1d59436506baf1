package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.Controls;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line between filters and table: "N of M", a spinner while loading, and Columns, Save view, Copy, Export CSV,
 * Refresh.
 */
final class ListToolbar {
    private final HBox box = new HBox();

    ListToolbar(PagedListModel<?> model, ListTable<?> table, Runnable export, Runnable saveView) {
        box.getStyleClass().add("list-toolbar");
        Label count = new Label();
        count.setId("list-count");
        count.getStyleClass().add("list-count");
        count.textProperty().bind(model.countText());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("list-loading");
        spinner.getStyleClass().add("list-spinner");
        spinner.visibleProperty().bind(model.loadingProperty());
        Label error = new Label();
        error.setId("list-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        // the actions keep their whole words and wrap to a second row when the blade is narrow
        FlowPane actions = new FlowPane(columnsMenu(table),
                button("list-save-view", "list.saveView", saveView),
                button("list-copy", "list.copy", table::copySelection),
                button("list-export", "list.export", export),
                button("list-refresh", "list.refresh", model::reload));
        actions.getStyleClass().add("list-actions");
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        HBox.setHgrow(actions, Priority.ALWAYS);
        box.getChildren().addAll(count, spinner, error, actions);
    }

    Node view() {
        return box;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = Controls.button(id, key, action);
        button.getStyleClass().add("toolbar-button");
        return button;
    }

    /**
     * The Columns menu: the user's choice of columns; the button says how many are hidden for room (its tooltip
     * names them) and the menu marks them, so a column missing for want of width is not taken for one switched off.
     */
    private static <R> MenuButton columnsMenu(ListTable<R> table) {
        MenuButton menu = new MenuButton();
        menu.setId("list-columns");
        menu.getStyleClass().add("toolbar-button");
        ObservableList<TableColumn<R, ?>> hidden = table.hiddenForRoomColumns();
        menu.textProperty().bind(Bindings.createStringBinding(() -> hidden.isEmpty() ? I18n.get("list.columns")
                : I18n.format("list.columns.hiddenForRoom", hidden.size()), I18n.localeProperty(), hidden));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> I18n.format("list.columns.hiddenForRoom.tip",
                String.join(", ", hidden.stream().map(TableColumn::getText).toList())), I18n.localeProperty(), hidden));
        hidden.addListener((InvalidationListener) o -> menu.setTooltip(hidden.isEmpty() ? null : tip));
        for (TableColumn<R, ?> column : table.view().getColumns()) {
            CheckMenuItem item = new CheckMenuItem();
            item.setId("list-columns-" + column.getId());
            item.textProperty().bind(Bindings.createStringBinding(() -> hidden.contains(column)
                    ? I18n.format("list.columns.hiddenForRoom.item", column.getText()) : column.getText(),
                    I18n.localeProperty(), hidden, column.textProperty()));
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            menu.getItems().add(item);
        }
        return menu;
    }
}
