package com.ssprviewer.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The one way the window writes a time: ISO-like {@code yyyy-MM-dd HH:mm:ss} in UTC or in the local zone, and the
 * label that always says which, naming the local zone ("Date (UTC)" / "Date (Europe/Stockholm)").
 */
public final class TimeFormat {
    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TimeMode mode;
    private final ZoneId localZone;

    public TimeFormat(TimeMode mode, ZoneId localZone) {
        this.mode = mode;
        this.localZone = localZone;
    }

    /** The format for {@code mode} using the workstation's time zone for local times. */
    public static TimeFormat of(TimeMode mode) {
        return new TimeFormat(mode, ZoneId.systemDefault());
    }

    public TimeMode mode() {
        return mode;
    }

    public ZoneId zone() {
        return mode == TimeMode.UTC ? ZoneOffset.UTC : localZone;
    }

    /** The time as text; an absent time is an empty string. */
    public String format(Instant instant) {
        return instant == null ? "" : PATTERN.format(instant.atZone(zone()));
    }

    /** The column header for date columns in the current language. */
    public String columnLabel() {
        return label(mode, localZone);
    }

    /** A column header that follows both the time mode and the language. */
    public static StringBinding columnLabel(ObservableValue<TimeMode> mode) {
        return Bindings.createStringBinding(() -> label(mode.getValue(), ZoneId.systemDefault()), mode,
                I18n.localeProperty());
    }

    private static String label(TimeMode mode, ZoneId localZone) {
        return mode == TimeMode.UTC ? I18n.get(mode.columnKey()) : I18n.format(mode.columnKey(), localZone.getId());
    }
}
