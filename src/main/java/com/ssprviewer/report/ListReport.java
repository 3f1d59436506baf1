package com.ssprviewer.report;

import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.report.document.TableSection;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.Sort;
import java.util.ArrayList;
import java.util.List;

/**
 * A list blade as a report table: the list's shown columns with their print widths and wrapping, rows streamed from
 * the store in list order.
 */
final class ListReport {

    private ListReport() {
    }

    static <R> TableSection table(Store store, ListDefinition<R> list, ReportRequest request, Sort sort) {
        List<ListColumn<R>> columns = list.shownColumns();
        List<String> headers = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        List<Boolean> wrap = new ArrayList<>();
        for (ListColumn<R> c : columns) {
            headers.add(request.texts().format(c.headerKey(), request.zoneLabel()));
            widths.add(c.printWidth());
            wrap.add(!c.oneLine());
        }
        StorePages<R> pages = new StorePages<>((f, s, p) -> list.fetcher().page(store, f, s, p), request.filter(),
                sort);
        Iterable<List<String>> rows = pages.map(row -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (ListColumn<R> c : columns) {
                cells.add(CellText.of(c.value().apply(row), request::time, request.texts()::value));
            }
            return cells;
        });
        return new TableSection(headers, widths, wrap, rows);
    }
}
