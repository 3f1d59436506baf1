package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Styles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.PopOver;

/**
 * A filter pill ("Result: All", "Result: Failed, Blocked") that opens a ControlsFX {@link CheckListView} in a
 * {@link PopOver}, bound to a set of the {@link FilterModel}, as the portal's filter flyouts are. Values still chosen
 * but no longer offered stay listed so they can be unticked.
 *
 * @param <T> the value type
 */
final class CheckListPill<T> {
    static final String OPTIONS = "filter-options";
    /** Above this many chosen values the pill counts them instead of naming them. */
    private static final int NAMED = 2;
    private static final int VISIBLE_ROWS = 12;
    private static final double ROW_HEIGHT = 26;

    private final Button pill = new Button();
    private final CheckListView<T> list = new CheckListView<>();
    private final PopOver popOver = new PopOver(list);
    private final Label placeholder = new Label();
    private final ObservableSet<T> selection;
    private final Function<T, String> label;
    private List<T> offered = List.of();
    private boolean syncing;

    CheckListPill(String id, String nameKey, ObservableSet<T> selection, Function<T, String> label) {
        this.selection = selection;
        this.label = label;
        pill.setId(id);
        pill.getStyleClass().addAll(FilterBar.PILL, "filter-pill-menu");
        pill.textProperty().bind(Bindings.createStringBinding(() -> pillText(nameKey), selection,
                I18n.localeProperty()));
        pill.setOnAction(event -> open());
        Region arrow = new Region();
        arrow.getStyleClass().add("filter-pill-arrow");
        pill.setGraphic(arrow);
        pill.setContentDisplay(ContentDisplay.RIGHT);
        // the flyout lives in its own window; the pill keeps its list so what it offers can be read while closed
        pill.getProperties().put(OPTIONS, list);
        list.setId(id + "-options");
        list.getStyleClass().add(OPTIONS);
        list.setCellFactory(view -> new OptionCell<>(list, label));
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPlaceholder(placeholder);
        placeholder.textProperty().bind(I18n.text("filter.loading"));
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        popOver.setDetachable(false);
        popOver.setAnimated(false);
        popOver.setAutoHide(true);
        popOver.getStyleClass().add("filter-popover");
        selection.addListener((SetChangeListener<T>) change -> syncChecks());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> checksChanged());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyboard);
        rebuild();
    }

    /** Space ticks the row the keyboard is on, as in a menu; the arrows move through the rows as in any list. */
    private void keyboard(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            int row = list.getFocusModel().getFocusedIndex();
            if (row >= 0 && row < list.getItems().size()) {
                list.getCheckModel().toggleCheckState(list.getItems().get(row));
                event.consume();
            }
        }
    }

    Button view() {
        return pill;
    }

    /** The flyout, for callers that want to know when it opens (a store menu asks for its values then). */
    PopOver popOver() {
        return popOver;
    }

    /** Offers {@code options} (in this order) plus any chosen value not among them. */
    void setOptions(List<T> options) {
        offered = List.copyOf(options);
        placeholder.textProperty().bind(I18n.text("filter.none"));
        rebuild();
    }

    private void open() {
        if (popOver.isShowing()) {
            popOver.hide();
        } else {
            Styles.followOwner(popOver, pill);
            popOver.show(pill);
            // the keyboard starts in the list, on its first row, so Space can tick without the mouse
            list.requestFocus();
            if (list.getFocusModel().getFocusedIndex() < 0 && !list.getItems().isEmpty()) {
                list.getFocusModel().focus(0);
            }
        }
    }

    private void rebuild() {
        Set<T> all = new LinkedHashSet<>(offered);
        all.addAll(selection);
        syncing = true;
        try {
            list.getItems().setAll(new ArrayList<>(all));
            list.setPrefHeight(Math.max(1, Math.min(all.size(), VISIBLE_ROWS)) * ROW_HEIGHT + 8);
            list.getCheckModel().clearChecks();
            selection.forEach(list.getCheckModel()::check);
        } finally {
            syncing = false;
        }
    }

    private void syncChecks() {
        if (syncing) {
            return;
        }
        if (!list.getItems().containsAll(selection)) {
            rebuild();
            return;
        }
        syncing = true;
        try {
            for (T value : list.getItems()) {
                if (selection.contains(value) != list.getCheckModel().isChecked(value)) {
                    list.getCheckModel().toggleCheckState(value);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** A tick or untick in the flyout: the selection becomes the ticked values, one change at a time. */
    private void checksChanged() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            Set<T> checked = new LinkedHashSet<>(list.getCheckModel().getCheckedItems());
            selection.retainAll(checked);
            selection.addAll(checked);
        } finally {
            syncing = false;
        }
    }

    private String pillText(String nameKey) {
        String name = I18n.get(nameKey);
        if (selection.isEmpty()) {
            return I18n.format("filter.pill.all", name);
        }
        if (selection.size() > NAMED) {
            return I18n.format("filter.pill.many", name, selection.size());
        }
        List<String> names = new ArrayList<>();
        selection.forEach(value -> names.add(label.apply(value)));
        return I18n.format("filter.pill.one", name, String.join(", ", names));
    }

    /** A row of the flyout: its check box, the value's label, and a click anywhere on the row ticks it. */
    private static final class OptionCell<T> extends CheckBoxListCell<T> {
        OptionCell(CheckListView<T> list, Function<T, String> label) {
            super(list::getItemBooleanProperty);
            getStyleClass().add("filter-option");
            setOnMouseClicked(event -> {
                if (getItem() != null && !onCheckBox(event.getTarget())) {
                    list.getCheckModel().toggleCheckState(getItem());
                }
            });
            setConverter(new StringConverter<T>() {
                @Override
                public String toString(T value) {
                    return value == null ? "" : label.apply(value);
                }

                @Override
                public T fromString(String text) {
                    throw new UnsupportedOperationException();
                }
            });
        }

        /** The box ticks itself; a second toggle from the row would undo it. */
        private boolean onCheckBox(Object target) {
            Node node = target instanceof Node ? (Node) target : null;
            for (; node != null && node != this; node = node.getParent()) {
                if (node instanceof CheckBox) {
                    return true;
                }
            }
            return false;
        }
    }
}
