package com.ssprviewer.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads JSON exports: the portal's download ({@code audit-json}) and Graph responses ({@code graph-json}). Both
 * hold the same directoryAudit records and differ only in their wrapping, which {@link JsonRecords} handles, so one
 * reader serves both. A record that cannot be read is rejected alone; JSON broken in the middle refuses the file,
 * since nothing after the break can be trusted.
 */
final class JsonExportReader extends JsonFileReader implements ExportReader {

    private final JsonRecordMapper recordMapper = new JsonRecordMapper();

    private JsonExportReader(ExportFormat format, FileHead head) throws IOException {
        super(format, head);
    }

    /** Opens the reader on a file whose head was probed. */
    static ExportReader open(ExportFormat format, FileHead head) throws IOException {
        return new JsonExportReader(format, head);
    }

    /** How the file holds its records ({@link JsonRecords#probe}); null when it holds none. */
    static JsonRecords.Shape shape(Path file, String name, int bom) throws IOException {
        try (JsonParser probe = MAPPER.getFactory().createParser(skipped(file, bom))) {
            return JsonRecords.probe(probe);
        } catch (JsonProcessingException e) {
            throw broken(name, e);
        }
    }

    private static InputStream skipped(Path file, int bom) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(bom);
        return in;
    }

    @Override
    public ParsedRow next() throws IOException {
        JsonRecords.Item item = nextItem();
        if (item == null) {
            return null;
        }
        if (item.node() == null) {
            return new ParsedRow.Rejected(item.line(), "not a JSON object where a record was expected");
        }
        try {
            return new ParsedRow.Event(recordMapper.map(item.node()), item.line());
        } catch (RowRejectedException e) {
            return new ParsedRow.Rejected(item.line(), e.getMessage());
        }
    }

    /** The message for JSON that breaks off: names the file and line and says what to do. */
    static ExportFormatException broken(String fileName, JsonProcessingException e) {
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        String where = line > 0 ? fileName + ":" + line : fileName;
        return new ExportFormatException(where + ": the JSON is broken at this line (the export is damaged or "
                + "incomplete); download it again.", e);
    }
}
