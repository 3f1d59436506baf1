package com.ssprviewer.ui.lists;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.collections.ObservableSet;

/**
 * Keeps a blade's filters in its preferences node, so a blade opens with the filters it was left with. Values
 * that no longer parse are skipped rather than failing the blade.
 */
public final class FilterMemory {
    private static final String SEPARATOR = "\n";

    private final Preferences node;

    public FilterMemory(Preferences node) {
        this.node = node;
    }

    /** Loads the remembered state into {@code model} (as one change). */
    public void restore(FilterModel model) {
        model.inBatch(() -> {
            model.rangeProperty().set(range(node.get("range", DateRange.ALL.name())));
            model.fromDayProperty().set(day(node.get("fromDay", "")));
            model.toDayProperty().set(day(node.get("toDay", "")));
            fill(model.services(), "services", Function.identity());
            fill(model.categories(), "categories", Function.identity());
            fill(model.activities(), "activities", Function.identity());
            fill(model.statuses(), "statuses", v -> enumValue(Status.class, v));
            fill(model.results(), "results", v -> enumValue(Outcome.class, v));
            fill(model.methods(), "methods", v -> enumValue(Method.class, v));
            model.initiatedByProperty().set(node.get("initiatedBy", ""));
            model.targetProperty().set(node.get("target", ""));
            model.userProperty().set(node.get("user", ""));
            model.textProperty().set(node.get("text", ""));
        });
    }

    /** Stores the state of {@code model}; the correlation id of a drill-down is not remembered. */
    public void save(FilterModel model) {
        node.put("range", model.rangeProperty().get().name());
        node.put("fromDay", model.fromDayProperty().get() == null ? "" : model.fromDayProperty().get().toString());
        node.put("toDay", model.toDayProperty().get() == null ? "" : model.toDayProperty().get().toString());
        put("services", model.services(), Function.identity());
        put("categories", model.categories(), Function.identity());
        put("activities", model.activities(), Function.identity());
        put("statuses", model.statuses(), Enum::name);
        put("results", model.results(), Enum::name);
        put("methods", model.methods(), Enum::name);
        node.put("initiatedBy", model.initiatedByProperty().get());
        node.put("target", model.targetProperty().get());
        node.put("user", model.userProperty().get());
        node.put("text", model.textProperty().get());
    }

    /** Saves the model now and after every change of its filter. */
    public void follow(FilterModel model) {
        save(model);
        model.filterProperty().addListener((obs, old, now) -> save(model));
    }

    private <T> void put(String key, Collection<T> values, Function<T, String> name) {
        node.put(key, values.stream().map(name).sorted().collect(Collectors.joining(SEPARATOR)));
    }

    private <T> void fill(ObservableSet<T> set, String key, Function<String, T> parse) {
        set.clear();
        String stored = node.get(key, "");
        if (!stored.isEmpty()) {
            Set<T> values = Arrays.stream(stored.split(SEPARATOR)).map(parse).filter(v -> v != null)
                    .collect(Collectors.toSet());
            set.addAll(values);
        }
    }

    private static DateRange range(String name) {
        DateRange r = enumValue(DateRange.class, name);
        return r == null ? DateRange.ALL : r;
    }

    private static LocalDate day(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
