package com.ssprviewer.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCsvFormatTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws IOException {
        new SampleGenerator(SampleSpec.defaults()).writeAll(dir, Progress.NONE);
    }

    @Test
    void auditCsvHeaderIsTheExact86ColumnHeaderOfThePortal() throws IOException {
        Path reference = Path.of("src/test/resources/samples/audit-logs-download.csv");
        List<String> expected = List.of(Exports.csv(reference).get(0));
        assertEquals(86, expected.size());
        for (String name : List.of(SampleGenerator.AUDIT_CSV_WEEK1, SampleGenerator.AUDIT_CSV_WEEK2)) {
            assertEquals(expected, List.of(Exports.csv(dir.resolve(name)).get(0)), name);
            String firstLine =
                    new String(Files.readAllBytes(dir.resolve(name)), StandardCharsets.UTF_8).split("\r\n")[0];
            String referenceLine = new String(Files.readAllBytes(reference), StandardCharsets.UTF_8).split("\r\n")[0];
            assertEquals(referenceLine, firstLine, "BOM and every name double-quoted, byte for byte");
        }
    }

    @Test
    void everyAuditCsvRowHas86Fields() throws IOException {
        for (String name : List.of(SampleGenerator.AUDIT_CSV_WEEK1, SampleGenerator.AUDIT_CSV_WEEK2)) {
            List<String[]> records = Exports.csv(dir.resolve(name));
            assertTrue(records.size() > 100);
            for (String[] r : records) {
                assertEquals(86, r.length, name);
            }
        }
    }

    @Test
    void auditCsvQuotesNonEmptyValuesLeavesEmptyOnesBareAndEndsRowsWithCrlf() throws IOException {
        String text = Files.readString(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK1), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"Date (UTC)\""));
        assertTrue(text.endsWith(",\r\n") || text.endsWith("\"\r\n"));
        String secondLine = text.split("\r\n")[1];
        assertTrue(secondLine.matches("^\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z\",\"[0-9a-f-]{36}\",.*"),
                secondLine);
        assertTrue(secondLine.contains(",,"), "empty values are bare");
        assertFalse(secondLine.contains("\"\""), "no empty quoted values in a plain row");
    }

    @Test
    void theTwoAuditCsvsOverlapByIdenticalRows() throws IOException {
        List<String[]> week1 = Exports.csv(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK1));
        List<String[]> week2 = Exports.csv(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK2));
        Set<List<String>> first = new HashSet<>();
        week1.subList(1, week1.size()).forEach(r -> first.add(List.of(r)));
        long shared = week2.subList(1, week2.size()).stream().filter(r -> first.contains(List.of(r))).count();
        assertTrue(shared > 0, "overlapping downloads repeat rows exactly");
        assertTrue(shared < week2.size() - 1, "but each has rows of its own");
    }

    @Test
    void updateUserValuesHoldJsonWithCommasQuotesAndSometimesALineBreak() throws IOException {
        List<String[]> rows = Exports.csv(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK1));
        rows.addAll(Exports.csv(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK2)));
        boolean json = false;
        boolean lineBreak = false;
        for (String[] r : rows) {
            if (r[4].equals(DirectoryRenderer.UPDATE_USER)) {
                String value = r[23];
                json |= value.contains("\":") && value.contains(",");
                lineBreak |= value.contains("\n");
            }
        }
        assertTrue(json, "a modified property holds JSON");
        assertTrue(lineBreak, "a modified property spans two lines");
    }

    @Test
    void everyAuditFileListsItsRecordsNewestFirst() throws IOException {
        for (String name : List.of(SampleGenerator.AUDIT_CSV_WEEK1, SampleGenerator.AUDIT_CSV_WEEK2)) {
            assertNewestFirst(Exports.auditCsvEvents(dir.resolve(name)), name);
        }
        assertNewestFirst(Exports.jsonEvents(dir.resolve(SampleGenerator.AUDIT_JSON)), SampleGenerator.AUDIT_JSON);
    }

    private static void assertNewestFirst(List<AuditEvent> events, String name) {
        for (int i = 1; i < events.size(); i++) {
            assertFalse(events.get(i).time().isAfter(events.get(i - 1).time()), name + " record " + i);
        }
    }
}
