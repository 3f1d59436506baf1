package com.ssprviewer.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.importer.ExportFormat;
import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportReader;
import com.ssprviewer.importer.ParsedRow;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the generator writes, the importers read back whole: every audit format, no rejected row (its registration
 * snapshots are read back by the command line's GeneratedSampleSnapshotsTest).
 */
class GeneratedSamplesReadBackTest {

    @TempDir
    Path dir;

    @Test
    void everyGeneratedFileIsRecognisedAndReadWithoutARejectedRow() throws Exception {
        List<Path> files = new SampleGenerator(SampleSpec.of(3, 40, 20)).writeAll(dir, Progress.NONE);
        Set<ExportFormat> formats = new HashSet<>();
        for (Path file : files) {
            if (file.getFileName().toString().startsWith(SampleGenerator.SNAPSHOT_PREFIX)) {
                continue;
            }
            long events = 0;
            try (ExportReader reader = ExportFormats.open(file, ZoneOffset.UTC)) {
                formats.add(reader.format());
                for (ParsedRow row = reader.next(); row != null; row = reader.next()) {
                    assertTrue(row instanceof ParsedRow.Event, file.getFileName() + ": " + row);
                    events++;
                }
            }
            assertTrue(events > 0, file.getFileName() + " holds events");
        }
        Set<ExportFormat> audit = ExportFormats.detected().stream()
                .filter(f -> !f.code().startsWith("registration-details-")).collect(Collectors.toSet());
        assertEquals(audit, formats, "every audit export format");
    }
}
