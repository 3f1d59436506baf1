package com.ssprviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
    private static final Instant MIDNIGHT_UTC = Instant.parse("2024-03-01T23:30:05Z");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @AfterEach
    void english() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
    }

    @Test
    void utcTimesAreWrittenAsTheExportsHaveThem() {
        assertEquals("2024-03-01 23:30:05", new TimeFormat(TimeMode.UTC, STOCKHOLM).format(MIDNIGHT_UTC));
    }

    @Test
    void localTimesUseTheWorkstationZone() {
        assertEquals("2024-03-02 00:30:05", new TimeFormat(TimeMode.LOCAL, STOCKHOLM).format(MIDNIGHT_UTC));
    }

    @Test
    void anAbsentTimeIsBlank() {
        assertEquals("", TimeFormat.of(TimeMode.UTC).format(null));
    }

    @Test
    void theColumnLabelAlwaysNamesTheZone() {
        assertEquals("Date (UTC)", TimeFormat.of(TimeMode.UTC).columnLabel());
        assertEquals("Date (Europe/Stockholm)",
                new TimeFormat(TimeMode.LOCAL, java.time.ZoneId.of("Europe/Stockholm")).columnLabel());
    }

    @Test
    void aBoundColumnLabelFollowsModeAndLanguage() {
        SimpleObjectProperty<TimeMode> mode = new SimpleObjectProperty<>(TimeMode.UTC);
        var label = TimeFormat.columnLabel(mode);

        mode.set(TimeMode.LOCAL);
        String zone = java.time.ZoneId.systemDefault().getId();
        assertEquals("Date (" + zone + ")", label.get());
        I18n.setLocale(AppLanguage.SWEDISH.locale());
        assertEquals("Datum (" + zone + ")", label.get());
    }
}
