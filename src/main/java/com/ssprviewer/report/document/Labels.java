package com.ssprviewer.report.document;

import java.util.Objects;

/**
 * The report's own fixed words in the reader's language. The caller fills them from its resource bundles, so this
 * package needs no bundle of its own and English and Swedish reports share one layout.
 *
 * @param pageOfPages footer pattern with {@code {0}} for the page number and {@code {1}} for the page count,
 *                    e.g. "Page {0} of {1}" or "Sida {0} av {1}"
 * @param printed     the word before the time of printing, e.g. "Printed" or "Utskriven"
 * @param continued   added after the title on every page but the first, e.g. "continued" or "fortsättning"
 * @param noRows      shown under a table's header when the table has no rows, e.g. "No rows" or "Inga rader"
 */
public record Labels(String pageOfPages, String printed, String continued, String noRows) {

    public Labels {
        Objects.requireNonNull(pageOfPages, "pageOfPages");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(continued, "continued");
        Objects.requireNonNull(noRows, "noRows");
    }

    /** The footer text for one page; the pattern's numbers are plain digits in every language. */
    public String pageOfPages(int page, int pages) {
        return pageOfPages.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(pages));
    }
}
