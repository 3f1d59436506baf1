package com.ssprviewer.report.document;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a printed report shows, as plain data, so that the preview, the printer and the PDF file are all laid
 * out from the same value.
 *
 * @param title       the report's title, e.g. "Password resets"
 * @param headerLines lines under the title: the store, the filters in words, the date range (already localised)
 * @param printedAt   when the report was made; the writer prints it, with its zone, under the header lines and in
 *                    every page's footer, so callers do not add it to {@code headerLines}
 * @param sections    tiles, charts and tables, in reading order
 */
public record ReportContent(String title, List<String> headerLines, ZonedDateTime printedAt, List<Section> sections) {

    public ReportContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(printedAt, "printedAt");
        headerLines = List.copyOf(headerLines);
        sections = List.copyOf(sections);
    }

    /** A report printed now, in the system's time zone. */
    public ReportContent(String title, List<String> headerLines, List<Section> sections) {
        this(title, headerLines, ZonedDateTime.now(), sections);
    }
}
