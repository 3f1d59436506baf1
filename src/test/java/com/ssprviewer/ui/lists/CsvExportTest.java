package com.ssprviewer.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Landmarks;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path dir;

    /** Rows "0".."n-1" paged by keyset (the cursor is the last number), like the store. */
    private static PageSource<String> numbers(int n, List<PageRequest> requests) {
        return new PageSource<>() {
            @Override
            public ListKind kind() {
                return ListKind.EVENTS;
            }

            @Override
            public long count(EventFilter filter) {
                return n;
            }

            @Override
            public Page<String> page(EventFilter filter, Sort sort, PageRequest request) {
                requests.add(request);
                int start = request.after() == null ? (int) request.offset() : (int) request.after().id() + 1;
                List<String> rows = new ArrayList<>();
                for (int i = start; i < Math.min(n, start + request.limit()); i++) {
                    rows.add(i == 1 ? "=SUM(A1)" : String.valueOf(i));
                }
                int last = start + rows.size() - 1;
                return new Page<>(rows, last < n - 1 ? new PageRequest.Cursor(last, last, last) : null);
            }

            @Override
            public Landmarks landmarks(EventFilter filter, Sort sort, int every, BooleanSupplier cancelled) {
                return Landmarks.NONE;
            }

            @Override
            public Landmarks knownLandmarks(EventFilter filter, Sort sort, int every) {
                return Landmarks.NONE;
            }
        };
    }

    @Test
    void everyRowIsWrittenPageByPageWithCursors() throws IOException {
        List<PageRequest> requests = new ArrayList<>();
        CsvExport<String> export = new CsvExport<>(numbers(2500, requests), List.of("Value", "Twice"),
                List.of(v -> v, v -> v + "," + v));
        Path file = dir.resolve("out.csv");

        long rows = export.write(EventFilter.NONE, null, file, Progress.NONE);

        assertEquals(2500, rows);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFValue,Twice", lines.get(0));
        assertEquals(2501, lines.size());
        assertEquals("2499,\"2499,2499\"", lines.get(2500));
        assertEquals(3, requests.size());
        assertTrue(requests.get(1).after() != null && requests.get(2).after() != null, "keyset, not offset");
    }

    @Test
    void cellsThatLookLikeFormulasAreEscaped() throws IOException {
        CsvExport<String> export = new CsvExport<>(numbers(3, new ArrayList<>()), List.of("Value"),
                List.of(v -> v));
        Path file = dir.resolve("out.csv");

        export.write(EventFilter.NONE, null, file, Progress.NONE);

        assertEquals("'=SUM(A1)", Files.readAllLines(file, StandardCharsets.UTF_8).get(2));
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        CsvExport<String> export = new CsvExport<>(numbers(3, new ArrayList<>()), List.of("Value"),
                List.of(v -> v));
        Path file = dir.resolve("out.csv");
        Progress cancelled = new Progress() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThrows(CancellationException.class, () -> export.write(EventFilter.NONE, null, file, cancelled));
        assertFalse(Files.exists(file));
    }

    @Test
    void copiedRowsAreTabSeparatedWithoutBreaksInsideCells() {
        String text = RowsText.tabSeparated(List.of("A", "B"), List.of(List.of("x\ty", "line\r\nbreak")));
        assertEquals("A\tB\nx y\tline break\n", text);
    }
}
