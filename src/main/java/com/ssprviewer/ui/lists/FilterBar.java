package com.ssprviewer.ui.lists;

import com.ssprviewer.lists.FilterField;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.Controls;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.common.ValueNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * The portal-like filter pills above a list: date range (with two day pickers for a custom range), cascading
 * Service, Category and Activity menus filled from the store, Status, Result and Method menus, contains-fields, free
 * text and "Clear filters". It only binds controls to a {@link FilterModel}; the model decides.
 */
public final class FilterBar {
    static final String PILL = "filter-pill";
    static final String FIELD = "filter-field";

    private final FilterModel model;
    private final StoreAccess access;
    private final FlowPane pane = new FlowPane();

    public FilterBar(FilterModel model, Set<FilterField> fields, StoreAccess access) {
        this.model = model;
        this.access = access;
        pane.getStyleClass().add("filter-bar");
        pane.setId("filter-bar");
        List<Node> nodes = new ArrayList<>();
        if (fields.contains(FilterField.DATE)) {
            nodes.addAll(dateRange());
        }
        if (fields.contains(FilterField.SERVICE)) {
            nodes.add(storeMenu("filter-service", "filter.service", model.services(), "service",
                    model::serviceScope));
        }
        if (fields.contains(FilterField.CATEGORY)) {
            nodes.add(storeMenu("filter-category", "filter.category", model.categories(), "category",
                    model::categoryScope));
        }
        if (fields.contains(FilterField.ACTIVITY)) {
            nodes.add(storeMenu("filter-activity", "filter.activity", model.activities(), "activity",
                    model::activityScope));
        }
        if (fields.contains(FilterField.STATUS)) {
            nodes.add(enumMenu("filter-status", "filter.status", model.statuses(), Status.values(), ValueNames::of));
        }
        if (fields.contains(FilterField.RESULT)) {
            nodes.add(enumMenu("filter-result", "filter.result", model.results(), Outcome.values(), ValueNames::of));
        }
        if (fields.contains(FilterField.METHOD)) {
            nodes.add(enumMenu("filter-method", "filter.method", model.methods(), Method.values(), ValueNames::of));
        }
        if (fields.contains(FilterField.USER)) {
            nodes.add(new TextFilter("filter-user", "filter.user", model.userProperty()).view());
        }
        if (fields.contains(FilterField.INITIATED_BY)) {
            nodes.add(new TextFilter("filter-initiatedBy", "filter.initiatedBy", model.initiatedByProperty()).view());
        }
        if (fields.contains(FilterField.TARGET)) {
            nodes.add(new TextFilter("filter-target", "filter.target", model.targetProperty()).view());
        }
        if (fields.contains(FilterField.TEXT)) {
            nodes.add(new TextFilter("filter-text", "filter.text", model.textProperty())
                    .withTooltip("filter.text.syntax").view());
        }
        nodes.add(correlationPill());
        nodes.add(clearLink());
        pane.getChildren().setAll(nodes);
    }

    public Node view() {
        return pane;
    }

    private List<Node> dateRange() {
        MenuButton pill = new MenuButton();
        pill.setId("filter-date");
        pill.getStyleClass().add(PILL);
        pill.textProperty().bind(Bindings.createStringBinding(() -> I18n.format("filter.pill.one",
                I18n.get("filter.date"), I18n.get(model.rangeProperty().get().key())), model.rangeProperty(),
                I18n.localeProperty()));
        ToggleGroup group = new ToggleGroup();
        for (DateRange range : DateRange.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("filter-date-" + range.name().toLowerCase(Locale.ROOT));
            item.textProperty().bind(I18n.text(range.key()));
            item.setToggleGroup(group);
            item.setSelected(model.rangeProperty().get() == range);
            item.setOnAction(event -> model.rangeProperty().set(range));
            model.rangeProperty().addListener((obs, old, now) -> item.setSelected(now == range));
            pill.getItems().add(item);
        }
        DatePicker from = dayPicker("filter-from", "filter.date.from");
        from.valueProperty().bindBidirectional(model.fromDayProperty());
        DatePicker to = dayPicker("filter-to", "filter.date.to");
        to.valueProperty().bindBidirectional(model.toDayProperty());
        return List.of(pill, from, to);
    }

    private DatePicker dayPicker(String id, String promptKey) {
        DatePicker picker = Controls.datePicker(null);
        picker.setId(id);
        picker.getStyleClass().add(FIELD);
        picker.promptTextProperty().bind(I18n.text(promptKey));
        picker.setPrefWidth(140);
        picker.visibleProperty().bind(model.rangeProperty().isEqualTo(DateRange.CUSTOM));
        picker.managedProperty().bind(picker.visibleProperty());
        return picker;
    }

    /** A menu of values the store holds, asked for each time it opens (within the current scope). */
    private Button storeMenu(String id, String nameKey, ObservableSet<String> selection,
                             String column, Supplier<EventFilter> scope) {
        CheckListPill<String> menu = new CheckListPill<>(id, nameKey, selection, value -> value);
        Runnable load = () -> {
            EventFilter within = scope.get();
            Tasks.create(() -> access.store().distinctValues(column, within))
                    .onSuccess(menu::setOptions)
                    .runOnce(access.executor());
        };
        menu.popOver().setOnShowing(event -> load.run());
        return menu.view();
    }

    private <T> Button enumMenu(String id, String nameKey, ObservableSet<T> selection,
                                T[] values, Function<T, String> label) {
        CheckListPill<T> menu = new CheckListPill<>(id, nameKey, selection, label);
        menu.setOptions(Arrays.asList(values));
        return menu.view();
    }

    private Node correlationPill() {
        Button pill = new Button();
        pill.setId("filter-correlation");
        pill.getStyleClass().addAll(PILL, "filter-scope");
        pill.textProperty().bind(Bindings.createStringBinding(() -> I18n.format("filter.correlation",
                model.correlationIdProperty().get()), model.correlationIdProperty(), I18n.localeProperty()));
        pill.visibleProperty().bind(model.correlationIdProperty().isNotEmpty());
        pill.managedProperty().bind(pill.visibleProperty());
        pill.setOnAction(event -> model.correlationIdProperty().set(""));
        return pill;
    }

    private Node clearLink() {
        Hyperlink clear = new Hyperlink();
        clear.setId("filter-clear");
        clear.textProperty().bind(I18n.text("filter.clear"));
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.isFiltered(),
                model.filterProperty()));
        clear.setOnAction(event -> model.clear());
        return clear;
    }
}
