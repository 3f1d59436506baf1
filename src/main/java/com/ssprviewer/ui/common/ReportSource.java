package com.ssprviewer.ui.common;

import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Sort;
import java.time.Instant;

/**
 * A blade that can be printed: it says which report it is and with which filters and sort, so File > Print opens
 * the print preview on exactly what the blade shows. The preview builds the report itself in the background; the
 * blade only answers these questions, on the FX thread, with the values it holds right now.
 */
public interface ReportSource {

    /** Which report layout to print. */
    ReportBlade reportBlade();

    /** The blade's current filters; {@link EventFilter#NONE} for everything stored. */
    default EventFilter reportFilter() {
        return EventFilter.NONE;
    }

    /**
     * The moment the report is "as of", or {@code null} for the moment of printing; the coverage blade gives the day
     * of the snapshot it shows.
     */
    default Instant reportAsOf() {
        return null;
    }

    /** The blade's current sort, or {@code null} for the report's default (newest first). */
    default Sort reportSort() {
        return null;
    }
}
