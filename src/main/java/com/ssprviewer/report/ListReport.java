package com.ssprviewer.report;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.report.document.TableSection;
import java.util.ArrayList;
import java.util.List;

/** A list blade as a report table: the columns of {@link ListColumns}, rows streamed from the store in list order. */
final class ListReport {

    private ListReport() {
    }

    static TableSection table(Store store, ReportRequest request, Sort sort) {
        switch (request.blade()) {
            case RESETS:
                return table(ListColumns.ATTEMPTS, request,
                        new StorePages<>(store::attempts, request.filter(), sort));
            case REGISTRATIONS:
                return table(ListColumns.REGISTRATIONS, request,
                        new StorePages<>(store::registrations, request.filter(), sort));
            case AUDITLOG:
                return table(ListColumns.EVENTS, request, new StorePages<>(store::events, request.filter(), sort));
            default:
                throw new IllegalArgumentException(request.blade() + " is not a list");
        }
    }

    static ListKind kind(ReportBlade blade) {
        switch (blade) {
            case RESETS:
                return ListKind.ATTEMPTS;
            case REGISTRATIONS:
                return ListKind.REGISTRATIONS;
            default:
                return ListKind.EVENTS;
        }
    }

    /** Short single-token values read best shrunk onto one line rather than broken mid-word. */
    private static final java.util.Set<String> ONE_LINE = java.util.Set.of("date", "category", "status", "result", "ip");

    private static float width(Column<?> c) {
        if (c.wide()) {
            return 2.8f;
        }
        switch (c.id()) {
            case "user":
            case "initiatedBy":
            case "target":
                return 2.0f;
            case "date":
                return 1.8f;
            case "status":
            case "result":
            case "role":
                return 1.3f;
            default:
                return 1.6f;
        }
    }

    private static <T> TableSection table(List<Column<T>> all, ReportRequest request, StorePages<T> pages) {
        List<Column<T>> columns = all.stream().filter(Column::shown).toList();
        List<String> headers = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        List<Boolean> wrap = new ArrayList<>();
        for (Column<T> c : columns) {
            headers.add(request.texts().format(c.headerKey(), request.zoneLabel()));
            widths.add(width(c));
            wrap.add(!ONE_LINE.contains(c.id()));
        }
        Iterable<List<String>> rows = pages.map(row -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column<T> c : columns) {
                cells.add(CellText.of(c.value().apply(row), request::time, request.texts()::value));
            }
            return cells;
        });
        return new TableSection(headers, widths, wrap, rows);
    }
}
