package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a progress line says: rows so far, their rate, the share read, the time elapsed and left, within 80 columns. */
class ProgressTextTest {

    @Test
    void anImportLineGivesRowsRateShareElapsedAndTimeLeftFromTheBytesRead() {
        // 400 of 1,000 bytes in 10 s: 15 s to go; 120,000 rows in 10 s: 12,000 rows/s
        assertEquals("audit.csv: 120,000 rows, 12,000 rows/s, 40%, 0:10 elapsed, ETA 0:15",
                ProgressText.line("audit.csv", 120_000, 400, 1_000, Duration.ofSeconds(10)));
    }

    @Test
    void workWithoutRowsOrAKnownAmountShowsWhatItKnows() {
        assertEquals("retention: 42%, 1:05 elapsed, ETA 1:26",
                ProgressText.line("retention", -1, 3, 7, Duration.ofSeconds(65)));
        assertEquals("report.pdf: 0:07 elapsed", ProgressText.line("report.pdf", -1, 0, 0, Duration.ofSeconds(7)));
    }

    @Test
    void rateAndTimeLeftWaitForTheFirstSecondAndTheTimeLeftEndsWithTheWork() {
        assertEquals("a.csv: 512 rows, 1%, 0:00 elapsed", ProgressText.line("a.csv", 512, 1, 100,
                Duration.ofMillis(300)));
        assertEquals("a.csv: 9,000 rows, 9,000 rows/s, 100%, 0:01 elapsed", ProgressText.line("a.csv", 9_000, 100,
                100, Duration.ofSeconds(1)));
    }

    @Test
    void longWorkCountsHours() {
        assertEquals("2:03:04", ProgressText.clock(Duration.ofSeconds(2 * 3600 + 3 * 60 + 4)));
        assertEquals("59:59", ProgressText.clock(Duration.ofSeconds(3599)));
    }

    @Test
    void aLongFileNameLosesItsMiddleSoTheLineFitsEightyColumnsAndKeepsItsEnding() {
        String name = "AuditLogs_2025-03-01_to_2025-03-31_contoso-production-tenant_all-activities.csv";
        String line = ProgressText.fitted(name, 1_234_567, 600, 1_000, Duration.ofSeconds(65),
                ProgressText.TERMINAL_WIDTH);

        assertTrue(line.length() <= 79, line.length() + ": " + line);
        assertEquals("AuditLog...ties.csv", line.substring(0, line.indexOf(':')));
        assertTrue(line.endsWith(".csv: 1,234,567 rows, 18,993 rows/s, 60%, 1:05 elapsed,"
                + " ETA 0:43"), line);
    }

    @Test
    void aShortLineIsLeftAsItIs() {
        assertEquals("a.csv: 10 rows, 0:00 elapsed", ProgressText.fitted("a.csv", 10, 0, 0, Duration.ZERO, 79));
    }
}
