package com.ssprviewer.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Detects a file's format from its content and opens the matching reader. The name of the file never counts:
 * administrators rename downloads freely. After a byte order mark and white space, {@code [} or {@code {} means JSON
 * (records or Graph responses), anything else a CSV whose header row names the report.
 */
public final class ExportReaders {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExportReaders() {
    }

    /**
     * Opens a reader for the file; it parses ahead on a thread of its own ({@link ReadAhead}).
     *
     * @param zone the zone of times written without one (classic reports); UTC unless the user chooses otherwise
     * @throws ExportFormatException when the file is not a recognised export; the message names the file and why
     */
    public static ExportReader open(Path file, ZoneId zone) throws IOException {
        String name = String.valueOf(file.getFileName());
        ContentSniffer.Start start = ContentSniffer.sniff(file);
        if (start.empty()) {
            throw new ExportFormatException(name + ": the file is empty, so it is not an audit export.");
        }
        return new ReadAhead(start.json() ? openJson(file, name, start.bomLength())
                : openCsv(file, name, start.bomLength(), zone));
    }

    private static ExportReader openJson(Path file, String name, int bom) throws IOException {
        ExportFormat format;
        try (JsonParser probe = MAPPER.getFactory().createParser(skipped(file, bom))) {
            format = JsonRecords.probe(probe);
        } catch (JsonProcessingException e) {
            throw JsonExportReader.broken(name, e);
        }
        if (format == null) {
            throw new ExportFormatException(name + ": not an audit export: the JSON holds neither directoryAudit "
                    + "records nor a Microsoft Graph response.");
        }
        CountingInputStream counter = new CountingInputStream(skipped(file, bom), bom);
        JsonParser parser = MAPPER.getFactory().createParser(counter);
        return new JsonExportReader(format, name, parser, counter, MAPPER);
    }

    private static InputStream skipped(Path file, int bom) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(bom);
        return in;
    }

    private static ExportReader openCsv(Path file, String name, int bom, ZoneId zone) throws IOException {
        CsvRows rows = CsvRows.open(file, bom);
        try {
            Columns columns = header(rows);
            ExportReader reader = columns == null ? null : csvReader(rows, columns, zone);
            if (reader == null) {
                throw new ExportFormatException(name + ": not an audit export: no Date (UTC)/Activity columns and "
                        + "no User/Date and Time columns.");
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /** The first non-empty row's columns (an Excel {@code sep=} line is skipped), or null when the file has none. */
    private static Columns header(CsvRows rows) throws IOException {
        while (rows.advance()) {
            if (rows.broken()) {
                return null;
            }
            boolean sepLine = rows.size() <= 2 && rows.raw(0).strip().toLowerCase(Locale.ROOT).startsWith("sep=");
            if (!rows.blank() && !sepLine) {
                return Columns.of(rows.copy(), rows.size());
            }
        }
        return null;
    }

    private static ExportReader csvReader(CsvRows rows, Columns c, ZoneId zone) {
        if (c.has(HeaderAliases.DATE_UTC) && c.has(HeaderAliases.ACTIVITY)) {
            return new AuditCsvReader(rows, c);
        }
        if (!c.has(HeaderAliases.USER) || !c.has(HeaderAliases.DATE_AND_TIME)) {
            return null;
        }
        if (c.has(HeaderAliases.RESULT) || c.has(HeaderAliases.DETAILS) || c.has(HeaderAliases.METHODS_USED)) {
            return new ClassicResetReader(rows, c, zone);
        }
        if (c.has(HeaderAliases.DATA_REGISTERED)) {
            return new ClassicRegistrationReader(rows, c, zone);
        }
        return null;
    }
}
