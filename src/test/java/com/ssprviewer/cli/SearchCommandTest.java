package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    @TempDir
    Path dir;

    private List<String> rows(Path store, String query) {
        CliRun run = CliRun.of("events", "--db", store.toString(), "--text", query, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().skip(1).map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void eventsTextTakesTheSearchSyntax() throws Exception {
        Path store = dir.resolve("store");
        Path csv = dir.resolve("audit-logs-download.csv");
        try (InputStream in = getClass().getResourceAsStream("/samples/audit-logs-download.csv")) {
            Files.copy(in, csv);
        }
        assertEquals(0, CliRun.of("import", "--db", store.toString(), csv.toString()).exitCode());

        List<String> alex = rows(store, "user:ALEX.WILBER -\"verification option\"");
        assertFalse(alex.isEmpty());
        assertTrue(alex.stream().allMatch(l -> l.contains("alex.wilber") && !l.contains("verification option")),
                String.join("\n", alex));
        assertTrue(rows(store, "user:alex.wilber").size() > alex.size(), "the exclusion left rows out");
        assertEquals(List.of(), rows(store, "zzqx-nowhere"));
        assertEquals(List.of(), rows(store, "target:alex.wilber ip:zzqx"));
    }
}
