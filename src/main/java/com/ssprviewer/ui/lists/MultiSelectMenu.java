package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

/**
 * A filter pill that opens a list of check boxes ("Service: All", "Service: 2 selected"), bound to a set of the
 * {@link FilterModel}. The menu stays open while boxes are ticked; values still chosen but no longer offered stay
 * listed so they can be unticked.
 *
 * @param <T> the value type
 */
final class MultiSelectMenu<T> {
    static final String OPTION = "filter-option";

    private final MenuButton button = new MenuButton();
    private final ObservableSet<T> selection;
    private final Function<T, String> label;
    private final Map<T, CheckBox> boxes = new LinkedHashMap<>();
    private List<T> offered = List.of();
    private boolean loaded;

    MultiSelectMenu(String id, String nameKey, ObservableSet<T> selection, Function<T, String> label) {
        this.selection = selection;
        this.label = label;
        button.setId(id);
        button.getStyleClass().add(FilterBar.PILL);
        button.textProperty().bind(Bindings.createStringBinding(() -> pillText(nameKey), selection,
                I18n.localeProperty()));
        selection.addListener((SetChangeListener<T>) change -> sync());
        rebuild();
    }

    MenuButton view() {
        return button;
    }

    /** Offers {@code options} (in this order) plus any chosen value not among them. */
    void setOptions(List<T> options) {
        offered = List.copyOf(options);
        loaded = true;
        rebuild();
    }

    private void sync() {
        if (!boxes.keySet().containsAll(selection)) {
            rebuild();
            return;
        }
        boxes.forEach((value, box) -> box.setSelected(selection.contains(value)));
    }

    private void rebuild() {
        boxes.clear();
        Set<T> all = new LinkedHashSet<>(offered);
        all.addAll(selection);
        List<CustomMenuItem> items = new ArrayList<>();
        for (T value : all) {
            CheckBox box = new CheckBox(label.apply(value));
            box.getStyleClass().add(OPTION);
            box.setUserData(value);
            box.setSelected(selection.contains(value));
            boxes.put(value, box);
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    selection.add(value);
                } else {
                    selection.remove(value);
                }
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(I18n.get(loaded ? "filter.none" : "filter.loading"));
            none.setDisable(true);
            button.getItems().setAll(none);
        } else {
            button.getItems().setAll(items);
        }
    }

    private String pillText(String nameKey) {
        String name = I18n.get(nameKey);
        if (selection.isEmpty()) {
            return I18n.format("filter.pill.all", name);
        }
        if (selection.size() == 1) {
            return I18n.format("filter.pill.one", name, label.apply(selection.iterator().next()));
        }
        return I18n.format("filter.pill.many", name, selection.size());
    }
}
