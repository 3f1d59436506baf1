package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.AppPreferences;
import com.ssprviewer.ui.common.BladeNavigator;
import com.ssprviewer.ui.common.StatusModel;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.TimeFormat;
import com.ssprviewer.ui.common.TimeMode;
import java.time.Clock;
import java.time.ZoneId;
import javafx.beans.value.ObservableValue;

/**
 * What every list and details blade needs from the window, handed over by the wiring so the feature packages never
 * depend on the shell.
 *
 * @param access      the open store and the worker threads for it
 * @param navigator   opens a blade beside another (details beside a list)
 * @param timeMode    UTC or local time, as the View menu says
 * @param status      the status bar, for exports
 * @param preferences where root blades remember their filters and columns
 * @param csvTarget   asks where to save an export
 * @param clock       "now" for the date range presets
 * @param importFiles asks for files and imports them (a list with nothing stored offers it), or null
 */
public record ListContext(StoreAccess access, BladeNavigator navigator, ObservableValue<TimeMode> timeMode,
                          StatusModel status, AppPreferences preferences, CsvTarget csvTarget, Clock clock,
                          Runnable importFiles) {

    /** A context whose lists offer no import. */
    public ListContext(StoreAccess access, BladeNavigator navigator, ObservableValue<TimeMode> timeMode,
                       StatusModel status, AppPreferences preferences, CsvTarget csvTarget, Clock clock) {
        this(access, navigator, timeMode, status, preferences, csvTarget, clock, null);
    }

    /** The zone custom dates are read in: the one times are shown in. */
    public ZoneId zone() {
        return TimeFormat.of(timeMode.getValue()).zone();
    }

    public TimeFormat timeFormat() {
        return TimeFormat.of(timeMode.getValue());
    }
}
