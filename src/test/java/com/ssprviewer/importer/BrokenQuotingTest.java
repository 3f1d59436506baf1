package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenQuotingTest {

    private static final String HEADER = "User,Role,Date and Time,Methods Used,Result,Details\r\n";
    private static final String GOOD =
            ",User,2025-02-02 16:48:09,Mobile Phone,Succeeded,User successfully reset password\r\n";

    @TempDir
    Path dir;

    @Test
    void textAfterAClosingQuoteRejectsThatRowAndReadingGoesOn() throws IOException {
        Path file = Files.writeString(dir.resolve("q.csv"), HEADER + "a@x.com" + GOOD
                + "\"b@x.com\"oops,User,2025-02-02 16:48:09,,Failed,x\r\n" + "c@x.com" + GOOD + "d@x.com" + GOOD);
        List<ParsedRow> rows = Exports.readAll(file);
        assertEquals(List.of(2L, 3L, 4L, 5L), lines(rows));
        assertEquals(List.of(3L), Exports.rejected(rows).stream().map(ParsedRow::line).collect(Collectors.toList()));
        assertEquals(3, Exports.events(rows).size());
    }

    @Test
    void aQuoteNeverClosedRejectsOnlyItsRowNotTheRestOfTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("q.csv"), HEADER + "a@x.com" + GOOD
                + "b@x.com,User,2025-02-02 16:48:09,\"Mobile Phone,Failed,x\r\n" + "c@x.com" + GOOD
                + "\"d@x.com\"\r\n\r\n" + "e@x.com" + GOOD);
        List<ParsedRow> rows = Exports.readAll(file);
        List<ParsedRow.Rejected> rejected = Exports.rejected(rows);
        assertEquals(List.of(3L, 5L), rejected.stream().map(ParsedRow::line).collect(Collectors.toList()));
        assertEquals(CsvExportReader.BROKEN_QUOTING, rejected.get(0).reason());
        assertEquals("missing Date and Time", rejected.get(1).reason());
        List<String> users = Exports.events(rows).stream().map(e -> e.user()).collect(Collectors.toList());
        assertEquals(List.of("a@x.com", "c@x.com", "e@x.com"), users);
        assertEquals(7L, rows.get(rows.size() - 1).line());
    }

    private static List<Long> lines(List<ParsedRow> rows) {
        return rows.stream().map(ParsedRow::line).collect(Collectors.toList());
    }
}
