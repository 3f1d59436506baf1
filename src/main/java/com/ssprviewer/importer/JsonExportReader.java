package com.ssprviewer.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads JSON exports: the portal's download ({@link ExportFormat#AUDIT_JSON}) and Graph responses
 * ({@link ExportFormat#GRAPH_JSON}). Both hold the same directoryAudit records and differ only in their wrapping,
 * which {@link JsonRecords} handles, so one reader serves both. A record that cannot be read is rejected alone;
 * JSON broken in the middle refuses the file, since nothing after the break can be trusted.
 */
final class JsonExportReader implements ExportReader {

    private final ExportFormat format;
    private final String fileName;
    private final JsonParser parser;
    private final CountingInputStream counter;
    private final JsonRecords records;
    private final JsonRecordMapper recordMapper = new JsonRecordMapper();

    JsonExportReader(ExportFormat format, String fileName, JsonParser parser, CountingInputStream counter,
                     ObjectMapper mapper) {
        this.format = format;
        this.fileName = fileName;
        this.parser = parser;
        this.counter = counter;
        this.records = new JsonRecords(parser, mapper);
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public ParsedRow next() throws IOException {
        JsonRecords.Item item;
        try {
            item = records.next();
        } catch (JsonProcessingException e) {
            throw broken(fileName, e);
        }
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

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
