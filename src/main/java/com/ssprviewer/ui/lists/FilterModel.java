package com.ssprviewer.ui.lists;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The state of a filter bar and the rules that turn it into an {@link EventFilter}: presets count back from now,
 * custom dates are whole days in the zone times are shown in (the last day included), blank texts mean no
 * restriction. Category choices are offered within the chosen services, activities within both. Changes made in
 * one go ({@link #clear()}, {@link #apply(EventFilter)}) produce one new filter.
 */
public final class FilterModel {
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final ObjectProperty<DateRange> range = new SimpleObjectProperty<>(this, "range", DateRange.ALL);
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>(this, "fromDay");
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>(this, "toDay");
    private final ObservableSet<String> services = FXCollections.observableSet();
    private final ObservableSet<String> categories = FXCollections.observableSet();
    private final ObservableSet<String> activities = FXCollections.observableSet();
    private final ObservableSet<Status> statuses = FXCollections.observableSet();
    private final ObservableSet<Outcome> results = FXCollections.observableSet();
    private final ObservableSet<Method> methods = FXCollections.observableSet();
    private final StringProperty initiatedBy = new SimpleStringProperty(this, "initiatedBy", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty correlationId = new SimpleStringProperty(this, "correlationId", "");
    private final ReadOnlyObjectWrapper<EventFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter");
    private boolean batch;
    /** A drill-down's exact time bounds, kept while the days shown for them are left unchanged. */
    private ExactTimes exactTimes;
    /** A drill-down's roles (the Overview's administrators): the filter bar has no role menu, so they stay fixed. */
    private Set<String> presetRoles = Set.of();
    /** A drill-down's exact details (the Overview's problems): no field edits them, so they stay until cleared. */
    private Set<String> presetDetails = Set.of();

    public FilterModel(Clock clock, Supplier<ZoneId> zone) {
        this.clock = clock;
        this.zone = zone;
        Observable[] all = {range, fromDay, toDay, services, categories, activities, statuses, results, methods,
            initiatedBy, target, user, text, correlationId};
        for (Observable o : all) {
            o.addListener(observable -> recompute());
        }
        filter.set(build());
    }

    /** The filter for the current state; it changes on every edit. */
    public ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public EventFilter filter() {
        return filter.get();
    }

    /** Builds the filter again, e.g. because time moved on or the time zone of custom dates changed. */
    public void recompute() {
        if (!batch) {
            EventFilter f = build();
            if (!f.equals(filter.get())) {
                filter.set(f);
            }
        }
    }

    /** The filter for the current state at this moment. */
    public EventFilter build() {
        return scope().services(services).categories(categories).activities(activities).statuses(statuses)
                .results(results).methods(methods).initiatedBy(blankToNull(initiatedBy.get()))
                .target(blankToNull(target.get())).user(blankToNull(user.get())).text(blankToNull(text.get()))
                .correlationId(blankToNull(correlationId.get())).roles(presetRoles).details(presetDetails).build();
    }

    /** Where the Service menu's values come from: the date range alone. */
    public EventFilter serviceScope() {
        return scope().build();
    }

    /** Where the Category menu's values come from: the date range and the chosen services. */
    public EventFilter categoryScope() {
        return scope().services(services).build();
    }

    /** Where the Activity menu's values come from: the date range, the chosen services and categories. */
    public EventFilter activityScope() {
        return scope().services(services).categories(categories).build();
    }

    /** True when anything restricts the list. */
    public boolean isFiltered() {
        return !build().equals(EventFilter.NONE);
    }

    /** Removes every restriction at once. */
    public void clear() {
        inBatch(() -> {
            range.set(DateRange.ALL);
            exactTimes = null;
            presetRoles = Set.of();
            presetDetails = Set.of();
            fromDay.set(null);
            toDay.set(null);
            services.clear();
            categories.clear();
            activities.clear();
            statuses.clear();
            results.clear();
            methods.clear();
            initiatedBy.set("");
            target.set("");
            user.set("");
            text.set("");
            correlationId.set("");
        });
    }

    /** Replaces the state with the restrictions of {@code preset} (a given time range becomes custom days). */
    public void apply(EventFilter preset) {
        inBatch(() -> {
            clear();
            if (preset.from() != null || preset.to() != null) {
                range.set(DateRange.CUSTOM);
                fromDay.set(preset.from() == null ? null : LocalDate.ofInstant(preset.from(), zone.get()));
                toDay.set(preset.to() == null ? null
                        : LocalDate.ofInstant(preset.to().minusNanos(1), zone.get()));
                exactTimes = new ExactTimes(preset.from(), preset.to(), fromDay.get(), toDay.get());
            }
            presetRoles = preset.roles();
            presetDetails = preset.details();
            services.addAll(preset.services());
            categories.addAll(preset.categories());
            activities.addAll(preset.activities());
            statuses.addAll(preset.statuses());
            results.addAll(preset.results());
            methods.addAll(preset.methods());
            initiatedBy.set(orEmpty(preset.initiatedBy()));
            target.set(orEmpty(preset.target()));
            user.set(orEmpty(preset.user()));
            text.set(orEmpty(preset.text()));
            correlationId.set(orEmpty(preset.correlationId()));
        });
    }

    /** Runs several edits and builds the filter once afterwards. */
    public void inBatch(Runnable edits) {
        boolean outer = !batch;
        batch = true;
        try {
            edits.run();
        } finally {
            if (outer) {
                batch = false;
                recompute();
            }
        }
    }

    private EventFilter.Builder scope() {
        EventFilter.Builder b = EventFilter.builder();
        DateRange r = range.get();
        if (r.span() != null) {
            b.from(Instant.now(clock).minus(r.span()));
        } else if (r == DateRange.CUSTOM && exactTimes != null
                && exactTimes.shownAs(fromDay.get(), toDay.get())) {
            b.from(exactTimes.from()).to(exactTimes.to());
        } else if (r == DateRange.CUSTOM) {
            ZoneId z = zone.get();
            b.from(fromDay.get() == null ? null : fromDay.get().atStartOfDay(z).toInstant());
            b.to(toDay.get() == null ? null : toDay.get().plusDays(1).atStartOfDay(z).toInstant());
        }
        return b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObjectProperty<DateRange> rangeProperty() {
        return range;
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public ObservableSet<String> services() {
        return services;
    }

    public ObservableSet<String> categories() {
        return categories;
    }

    public ObservableSet<String> activities() {
        return activities;
    }

    public ObservableSet<Status> statuses() {
        return statuses;
    }

    public ObservableSet<Outcome> results() {
        return results;
    }

    public ObservableSet<Method> methods() {
        return methods;
    }

    public StringProperty initiatedByProperty() {
        return initiatedBy;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty correlationIdProperty() {
        return correlationId;
    }


    private record ExactTimes(Instant from, Instant to, LocalDate fromDay, LocalDate toDay) {
        boolean shownAs(LocalDate shownFrom, LocalDate shownTo) {
            return java.util.Objects.equals(fromDay, shownFrom) && java.util.Objects.equals(toDay, shownTo);
        }
    }
}
