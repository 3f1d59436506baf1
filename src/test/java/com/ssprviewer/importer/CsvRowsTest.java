package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {

    @TempDir
    Path dir;

    @Test
    void everyValueIsReadAsWrittenAmongTensOfThousandsOfDistinctAndRepeatedTexts() throws IOException {
        StringBuilder csv = new StringBuilder("A,B,C\n");
        int rows = 40_000;
        for (int i = 0; i < rows; i++) {
            csv.append("Reset password (self-service),user").append(i).append("@fabrikam.com,")
                    .append(i % 7 == 0 ? "" : "reason " + (i % 300)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("rows.csv"), csv);
        try (CsvRows r = CsvRows.open(file, 0)) {
            assertTrue(r.advance());
            for (int i = 0; i < rows; i++) {
                assertTrue(r.advance());
                assertEquals("Reset password (self-service)", r.value(0));
                assertEquals("user" + i + "@fabrikam.com", r.value(1));
                assertEquals(i % 7 == 0 ? null : "reason " + (i % 300), r.value(2));
            }
            assertFalse(r.advance());
        }
    }

    @Test
    void aTextRepeatedInEveryRowIsHandedOutAsOneInstance() throws IOException {
        Path file = Files.writeString(dir.resolve("repeat.csv"),
                "Service,Activity\n"
                        + "Self-service Password Management,Reset password (self-service)\n"
                        + "Self-service Password Management,Blocked from self-service password reset\n"
                        + "Self-service Password Management,Reset password (self-service)\n");
        try (CsvRows r = CsvRows.open(file, 0)) {
            r.advance();
            r.advance();
            String service = r.value(0);
            String activity = r.value(1);
            r.advance();
            assertSame(service, r.value(0));
            r.advance();
            assertSame(service, r.value(0));
            assertSame(activity, r.value(1));
        }
    }
}
