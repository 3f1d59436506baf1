package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientDatesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2017-07-14T13:45:10Z                | 2017-07-14T13:45:10Z",
        "2017-07-14 13:45:10                 | 2017-07-14T13:45:10Z",
        "2017-07-14T13:45:10.1502113Z        | 2017-07-14T13:45:10.1502113Z",
        "2017-07-14T13:45:10.123456789+00:00 | 2017-07-14T13:45:10.123456789Z",
        "2017-07-14T13:45:10.5               | 2017-07-14T13:45:10.5Z",
        "2017-07-14T15:45:10+02:00           | 2017-07-14T13:45:10Z",
        "2017-07-14T08:45:10-0500            | 2017-07-14T13:45:10Z",
        "2017-07-14T13:45Z                   | 2017-07-14T13:45:00Z",
        "7/14/2017 1:45:10 PM                | 2017-07-14T13:45:10Z",
        "7/14/2017 1:45 PM                   | 2017-07-14T13:45:00Z",
        "07/04/2017 12:05:00 AM              | 2017-07-04T00:05:00Z",
        "7/4/2017 12:05:00 PM                | 2017-07-04T12:05:00Z",
        "7/4/2017 13:05:00                   | 2017-07-04T13:05:00Z",
        "2024-02-29 23:59:59                 | 2024-02-29T23:59:59Z",
    })
    void readsTheIsoAndUsPortalForms(String text, String expected) {
        assertEquals(Instant.parse(expected), LenientDates.parse(text, ZoneOffset.UTC));
    }

    @Test
    void aTimeWithoutZoneIsInTheZoneGivenAndOneWithAZoneIgnoresIt() {
        assertEquals(Instant.parse("2025-01-15T09:00:00Z"), LenientDates.parse("2025-01-15 10:00:00", STOCKHOLM));
        assertEquals(Instant.parse("2025-07-15T08:00:00Z"), LenientDates.parse("7/15/2025 10:00 AM", STOCKHOLM));
        assertEquals(Instant.parse("2025-01-15T10:00:00Z"), LenientDates.parse("2025-01-15T10:00:00Z", STOCKHOLM));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-02-30 10:15:03 | impossible date \"2025-02-30 10:15:03\"",
        "2023-02-29 10:15:03 | impossible date \"2023-02-29 10:15:03\"",
        "2025-13-01 10:15:03 | impossible date \"2025-13-01 10:15:03\"",
        "2025-01-01 24:00:00 | impossible date \"2025-01-01 24:00:00\"",
        "2/30/2025 1:00 PM   | impossible date \"2/30/2025 1:00 PM\"",
        "13/1/2025 1:00 PM   | impossible date \"13/1/2025 1:00 PM\"",
        "yesterday           | unreadable date \"yesterday\"",
        "2025-01-01T10:00:00 Mars | unreadable date \"2025-01-01T10:00:00 Mars\"",
    })
    void refusesDatesThatCannotExistOrCannotBeRead(String text, String reason) {
        DateTimeException e = assertThrows(DateTimeException.class, () -> LenientDates.parse(text, ZoneOffset.UTC));
        assertEquals(reason, e.getMessage());
    }
}
