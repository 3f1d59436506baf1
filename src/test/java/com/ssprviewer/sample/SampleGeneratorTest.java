package com.ssprviewer.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        List<Path> first = new SampleGenerator(SampleSpec.of(7, 60, 20)).writeAll(tmp.resolve("a"), Progress.NONE);
        List<Path> second = new SampleGenerator(SampleSpec.of(7, 60, 20)).writeAll(tmp.resolve("b"), Progress.NONE);
        assertEquals(names(first), names(second));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    first.get(i).getFileName().toString());
        }
    }

    @Test
    void aDifferentSeedGivesDifferentFiles() throws IOException {
        List<Path> first = new SampleGenerator(SampleSpec.of(1, 30, 10)).writeAll(tmp.resolve("a"), Progress.NONE);
        List<Path> second = new SampleGenerator(SampleSpec.of(2, 30, 10)).writeAll(tmp.resolve("b"), Progress.NONE);
        for (String name : List.of(SampleGenerator.CLASSIC_RESETS, SampleGenerator.AUDIT_CSV_WEEK1,
                SampleGenerator.AUDIT_JSON)) {
            assertFalse(Arrays.equals(Files.readAllBytes(find(first, name)), Files.readAllBytes(find(second, name))),
                    name);
        }
    }

    @Test
    void everyFormatIsWrittenAndHoldsData() throws IOException {
        Path dir = tmp.resolve("out");
        List<Path> files = new SampleGenerator(SampleSpec.defaults()).writeAll(dir, Progress.NONE);
        assertEquals(files.size(), listed(dir).size(), "returned files are the files in the folder");
        for (String name : List.of(SampleGenerator.CLASSIC_RESETS, SampleGenerator.CLASSIC_REGISTRATIONS,
                SampleGenerator.AUDIT_CSV_WEEK1, SampleGenerator.AUDIT_CSV_WEEK2)) {
            assertTrue(Exports.csv(dir.resolve(name)).size() > 1, name + " has data rows");
        }
        assertTrue(Exports.jsonEvents(dir.resolve(SampleGenerator.AUDIT_JSON)).size() > 0);
        List<Path> pages = Exports.graphPages(dir);
        assertTrue(pages.size() >= 2, "several Graph pages");
        for (Path page : pages) {
            assertFalse(Exports.jsonEvents(page).isEmpty(), page.getFileName().toString());
        }
    }

    @Test
    void aOnePersonOneDayTenantStillGetsAuditRows() throws IOException {
        Path dir = tmp.resolve("tiny");
        List<Path> files = new SampleGenerator(SampleSpec.of(3, 1, 1)).writeAll(dir, Progress.NONE);
        assertTrue(files.contains(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK2)));
        assertTrue(Exports.auditCsvEvents(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK2)).size() > 0);
    }

    @Test
    void progressRisesToOne() throws IOException {
        List<Double> seen = new ArrayList<>();
        new SampleGenerator(SampleSpec.of(1, 10, 10)).writeAll(tmp, sink(seen, Integer.MAX_VALUE));
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back");
        }
    }

    @Test
    void cancellingStopsAndDeletesTheFilesOfTheRun() throws IOException {
        Path dir = tmp.resolve("cancelled");
        List<Double> seen = new ArrayList<>();
        SampleGenerator generator = new SampleGenerator(SampleSpec.of(1, 50, 30));
        assertThrows(CancellationException.class, () -> generator.writeAll(dir, sink(seen, 12)));
        assertTrue(seen.size() <= 13, "stopped soon after the cancel");
        assertEquals(List.of(), listed(dir));
    }

    @Test
    void aLargerTenantIsStreamedDayByDay() throws IOException {
        Path dir = tmp.resolve("large");
        List<Path> files = new SampleGenerator(SampleSpec.of(5, 2000, 30)).writeAll(dir, Progress.NONE);
        long rows;
        try (Stream<String> lines = Files.lines(dir.resolve(SampleGenerator.AUDIT_CSV_WEEK1))) {
            rows = lines.count();
        }
        assertTrue(rows > 20_000, "a 2000-user month gives tens of thousands of audit rows, got " + rows);
        assertTrue(files.size() > 6);
    }

    @Test
    void theBenchmarkCsvHasExactlyTheRowsAskedFor() throws IOException {
        Path file = tmp.resolve("bench.csv");
        SampleGenerator.writeAuditCsv(file, 5_000, 1);
        List<String[]> records = Exports.csv(file);
        assertEquals(5_001, records.size());
        assertEquals(AuditCsvWriter.HEADER, List.of(records.get(0)));
    }

    private static Progress sink(List<Double> seen, int cancelAfter) {
        return new Progress() {
            @Override
            public void progress(long done, long total) {
                seen.add((double) done / total);
            }

            @Override
            public boolean cancelled() {
                return seen.size() >= cancelAfter;
            }
        };
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    private static Path find(List<Path> files, String name) {
        return files.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    private static List<Path> listed(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
