package com.ssprviewer.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Run by hand, not a test: writes a ~200k-row, 86-column audit CSV (the sample's rows repeated) to a temp dir and
 * prints how fast {@link ExportFormats} reads it. Usage: {@code java ... AuditCsvThroughputCheck [rows]}.
 */
public final class AuditCsvThroughputCheck {

    private AuditCsvThroughputCheck() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = Files.createTempDirectory("sspr-throughput");
        Path file = dir.resolve("audit-big.csv");
        try {
            write(file, rows);
            for (int run = 1; run <= 3; run++) {
                long t0 = System.nanoTime();
                long events = 0;
                try (ExportReader r = ExportFormats.open(file, ZoneOffset.UTC)) {
                    for (ParsedRow row = r.next(); row != null; row = r.next()) {
                        events += row instanceof ParsedRow.Event ? 1 : 0;
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("run %d: %d events from %.1f MB in %.2f s = %.0f rows/s%n", run, events,
                        Files.size(file) / 1e6, s, events / s);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** The sample's data rows repeated; the embedded-newline row makes the sample 84 lines for 82 rows. */
    private static void write(Path file, int rows) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/samples/audit-logs-download.csv"),
                StandardCharsets.UTF_8);
        String header = lines.get(0);
        String body = String.join("\r\n", lines.subList(1, lines.size())) + "\r\n";
        int perCopy = 82;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write("\r\n");
            for (int written = 0; written + perCopy <= rows; written += perCopy) {
                w.write(body);
            }
        }
    }
}
