package com.ssprviewer.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * What the JSON readers share, whether they read audit records or users: the file opened past its byte order mark,
 * its bytes counted for progress, and its records walked by {@link JsonRecords}.
 */
abstract class JsonFileReader implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final ExportFormat format;
    private final String fileName;
    private final JsonParser parser;
    private final CountingInputStream counter;
    private final JsonRecords records;

    JsonFileReader(ExportFormat format, FileHead head) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(head.file()), 1 << 16);
        in.skipNBytes(head.bomLength());
        this.format = format;
        this.fileName = head.name();
        this.counter = new CountingInputStream(in, head.bomLength());
        this.parser = MAPPER.getFactory().createParser(counter);
        this.records = new JsonRecords(parser, MAPPER);
    }

    public ExportFormat format() {
        return format;
    }

    /** The next record, or null at the end; JSON that breaks off refuses the file, naming it and the line. */
    JsonRecords.Item nextItem() throws IOException {
        return records.next(fileName);
    }

    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
