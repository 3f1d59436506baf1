package com.ssprviewer.ui.lists;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.ViewColumn;
import com.ssprviewer.store.query.ViewRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Turns a filter bar's state into a saved view and back: a date preset stays a span back from now, custom dates stay
 * days, so the view means the same whenever it is opened; the other filters are taken as the bar builds them.
 */
public final class ViewCapture {

    private ViewCapture() {
    }

    /** The view of the bar's state, the list's sort and the columns shown (ids, in display order). */
    public static SavedView capture(String name, ListKind list, FilterModel filters, Sort sort, List<String> columns) {
        DateRange range = filters.rangeProperty().get();
        ViewRange viewRange = range.span() != null ? ViewRange.last(range.span())
                : range == DateRange.CUSTOM && (filters.fromDayProperty().get() != null
                || filters.toDayProperty().get() != null)
                ? ViewRange.days(filters.fromDayProperty().get(), filters.toDayProperty().get()) : ViewRange.ALL;
        EventFilter filter = filters.build();
        if (range != DateRange.ALL) {
            filter = filter.toBuilder().from(null).to(null).build();
        }
        return new SavedView(name, list, viewRange, filter, sort,
                columns.stream().map(id -> new ViewColumn(id, null)).toList());
    }

    /** Puts the view's filters and range into the bar, as one change. */
    public static void apply(SavedView view, FilterModel filters) {
        filters.inBatch(() -> {
            filters.apply(view.filter());
            ViewRange r = view.range();
            if (r.last() != null) {
                DateRange preset = preset(r.last());
                filters.rangeProperty().set(preset);
                if (preset == DateRange.CUSTOM) {
                    EventFilter now = view.filterAt(Instant.now(), ZoneOffset.UTC);
                    filters.apply(now);
                }
            } else if (r.isDays()) {
                filters.rangeProperty().set(DateRange.CUSTOM);
                filters.fromDayProperty().set(r.fromDay());
                filters.toDayProperty().set(r.toDay());
            }
        });
    }

    private static DateRange preset(Duration span) {
        for (DateRange r : DateRange.values()) {
            if (span.equals(r.span())) {
                return r;
            }
        }
        return DateRange.CUSTOM;
    }
}
