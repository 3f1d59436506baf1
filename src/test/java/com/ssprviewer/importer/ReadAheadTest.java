package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing ahead on another thread changes nothing a reader's user can see: rows, their order, failures, the end. */
class ReadAheadTest {

    /** Numbered rejected rows (the simplest rows), then the end or a failure. */
    private static final class Numbers implements ExportReader {
        final int rows;
        final IOException failure;
        int read;
        volatile boolean closed;

        Numbers(int rows, IOException failure) {
            this.rows = rows;
            this.failure = failure;
        }

        @Override
        public ExportFormat format() {
            return ExportFormats.byCode("classic-reset-csv").orElseThrow();
        }

        @Override
        public ParsedRow next() throws IOException {
            if (read == rows) {
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            read++;
            return new ParsedRow.Rejected(read, "row " + read);
        }

        @Override
        public long bytesRead() {
            return read * 10L;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static List<Long> lines(ExportReader r) throws IOException {
        List<Long> out = new ArrayList<>();
        ParsedRow row;
        while ((row = r.next()) != null) {
            out.add(((ParsedRow.Rejected) row).line());
        }
        return out;
    }

    @Test
    void everyRowArrivesOnceInFileOrderThenTheEnd() throws IOException {
        for (int n : new int[] {0, 1, ReadAhead.BATCH, ReadAhead.BATCH + 1, 10 * ReadAhead.BATCH + 7}) {
            try (ReadAhead r = new ReadAhead(new Numbers(n, null))) {
                List<Long> lines = lines(r);
                assertEquals(n, lines.size());
                for (int i = 0; i < n; i++) {
                    assertEquals(i + 1, lines.get(i));
                }
                assertNull(r.next(), "the end stays the end");
                assertEquals(n * 10L, r.bytesRead());
            }
        }
    }

    @Test
    void aFileThatBreaksOffGivesItsRowsFirstThenTheSameFailure() throws IOException {
        ExportFormatException broken = new ExportFormatException("x.json: the JSON breaks off at line 9.");
        int n = ReadAhead.BATCH * 2 + 3;
        try (ReadAhead r = new ReadAhead(new Numbers(n, broken))) {
            for (int i = 1; i <= n; i++) {
                assertEquals(i, ((ParsedRow.Rejected) r.next()).line());
            }
            assertEquals(broken, assertThrows(ExportFormatException.class, r::next));
        }
    }

    @Test
    void closingEarlyStopsReadingAndClosesTheFile() throws IOException {
        Numbers source = new Numbers(1_000_000, null);
        ReadAhead r = new ReadAhead(source);
        r.next();
        r.close();
        assertTrue(source.closed);
        assertTrue(source.read < 1_000_000, "reading stopped early");
    }
}
