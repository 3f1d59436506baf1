package com.ssprviewer.importer;

import com.ssprviewer.model.AuditEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: the bundled samples and reading a whole file. */
final class Exports {

    private Exports() {
    }

    static Path sample(String name) {
        try {
            return Path.of(Exports.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ParsedRow> readAll(Path file) throws IOException {
        return readAll(file, ZoneOffset.UTC);
    }

    static List<ParsedRow> readAll(Path file, ZoneId zone) throws IOException {
        List<ParsedRow> out = new ArrayList<>();
        try (ExportReader r = ExportFormats.open(file, zone)) {
            for (ParsedRow row = r.next(); row != null; row = r.next()) {
                out.add(row);
            }
        }
        return out;
    }

    static List<AuditEvent> events(List<ParsedRow> rows) {
        return rows.stream().filter(r -> r instanceof ParsedRow.Event)
                .map(r -> ((ParsedRow.Event) r).event()).collect(Collectors.toList());
    }

    static List<ParsedRow.Rejected> rejected(List<ParsedRow> rows) {
        return rows.stream().filter(r -> r instanceof ParsedRow.Rejected)
                .map(r -> (ParsedRow.Rejected) r).collect(Collectors.toList());
    }

    static ExportFormat formatOf(Path file) throws IOException {
        try (ExportReader r = ExportFormats.open(file, ZoneOffset.UTC)) {
            return r.format();
        }
    }
}
