package com.ssprviewer.report;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.report.document.TableSection;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.Sort;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list blade as a report table: the list's shown columns with their print widths and wrapping, rows streamed from
 * the store in list order, a reset's outcome in its colour, as the window shows it.
 */
final class ListReport {

    private ListReport() {
    }

    static <R> TableSection table(Store store, ListDefinition<R> list, ReportRequest request, Sort sort) {
        List<ListColumn<R>> columns = list.shownColumns();
        List<String> headers = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        List<Boolean> wrap = new ArrayList<>();
        List<Map<String, Color>> marks = new ArrayList<>();
        for (ListColumn<R> c : columns) {
            headers.add(request.texts().format(c.headerKey(), request.zoneLabel()));
            widths.add(c.printWidth());
            wrap.add(!c.oneLine());
            marks.add(new HashMap<>());
        }
        StorePages<R> pages = new StorePages<>((f, s, p) -> list.fetcher().page(store, f, s, p), request.filter(),
                sort);
        Iterable<List<String>> rows = pages.map(row -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Object value = columns.get(i).value().apply(row);
                String text = CellText.of(value, request::time, request.texts()::value);
                if (value instanceof Outcome outcome) {
                    // the column's values are only known row by row: an outcome's cell is marked as it streams in
                    marks.get(i).putIfAbsent(text, OutcomeColours.colour(outcome));
                }
                cells.add(text);
            }
            return cells;
        });
        return new TableSection(headers, widths, wrap, rows, marks);
    }
}
