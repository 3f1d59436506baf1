package com.ssprviewer.report.xlsx;

import com.ssprviewer.report.FilterWords;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * The sheet that says what a workbook holds: the store, the contents, each filter used, the zone its times are in
 * and the moment of the export, so a workbook passed on still says what it is an extract of.
 */
final class FiltersSheet {

    private final ReportRequest request;
    private final List<List<Object>> rows = new ArrayList<>();

    FiltersSheet(ReportRequest request, String contents) {
        this.request = request;
        ReportTexts t = request.texts();
        add("xlsx.store", request.storeName());
        add("xlsx.contents", contents);
        List<String> filters = FilterWords.parts(request.filter(), request);
        if (filters.isEmpty()) {
            add("xlsx.filter", t.get("xlsx.filter.none"));
        }
        filters.forEach(words -> add("xlsx.filter", words));
    }

    /** One more line: a setting's title key and its value (text, a number or a moment). */
    FiltersSheet add(String key, Object value) {
        rows.add(List.of(request.texts().get(key), value == null ? "" : value));
        return this;
    }

    /** Writes the sheet, ending with the zone and the moment of the export. */
    void write(Workbook workbook, Instant exportedAt) throws IOException {
        add("xlsx.zone", request.zoneLabel());
        add("xlsx.exported", exportedAt);
        ReportTexts t = request.texts();
        SheetWriter sheet = new SheetWriter(workbook, t.get("xlsx.sheet.filters"),
                List.of(t.get("xlsx.setting"), t.get("xlsx.value")), request.zone());
        for (List<Object> row : rows) {
            sheet.row(row);
        }
        sheet.finish();
    }
}
