package com.ssprviewer.importer;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams the rows of a CSV file as strings, with the physical line each row starts on, through Jackson's streaming
 * {@link CsvParser}, which reads plain rows faster than databind or a hand-written splitter. Values are kept in one
 * reused array, so a row costs no allocation beyond its new texts.
 *
 * <p>When quoting is broken (a quote never closed, text after a closing quote) the row is reported as broken and
 * reading starts again on the physical line after the row's first line, so one bad row costs only itself.
 */
final class CsvRows implements Closeable {

    private static final CsvFactory FACTORY = new CsvFactory();

    private final Path file;
    private CountingInputStream counter;
    private CsvParser parser;
    /** Physical line number of the current segment's line 1, minus one. */
    private long lineBase;
    private long segmentStartByte;

    private final RepeatedTexts texts = new RepeatedTexts();
    private String[] values = new String[16];
    private int size;
    private long line;
    private boolean broken;
    private long nextLine = 1;
    private boolean eof;

    private CsvRows(Path file) {
        this.file = file;
    }

    /** Opens the file just after its byte order mark. */
    static CsvRows open(Path file, int bomLength) throws IOException {
        CsvRows rows = new CsvRows(file);
        rows.startSegment(bomLength, 0);
        return rows;
    }

    /**
     * Moves to the next row.
     *
     * @return false at the end of the file
     */
    boolean advance() throws IOException {
        if (eof) {
            return false;
        }
        size = 0;
        broken = false;
        line = nextLine;
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                eof = true;
                return false;
            }
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                add(texts.of(parser.getText()));
            }
            nextLine = lineBase + parser.currentLocation().getLineNr();
            return true;
        } catch (IOException e) {
            if (e.getClass().getPackageName().startsWith("com.fasterxml")) {
                resyncAfter(line);
                broken = true;
                return true;
            }
            throw e;
        }
    }

    /** The physical line (header = 1) where the current row starts. */
    long line() {
        return line;
    }

    /** True when the current row's quoting is broken; its values are then incomplete. */
    boolean broken() {
        return broken;
    }

    int size() {
        return size;
    }

    /** The raw value at a position, or null when the row has no such position. */
    String raw(int index) {
        return index >= 0 && index < size ? values[index] : null;
    }

    /** The value at a position, null when missing or empty. */
    String value(int index) {
        String v = raw(index);
        return v == null || v.isEmpty() ? null : v;
    }

    /** True when every value of the row is blank (an empty line). */
    boolean blank() {
        for (int i = 0; i < size; i++) {
            if (!values[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the current row's values. */
    String[] copy() {
        return Arrays.copyOf(values, size);
    }

    long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private void add(String v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    private void startSegment(long startByte, long linesBefore) throws IOException {
        InputStream in = Files.newInputStream(file);
        skipFully(in, startByte);
        counter = new CountingInputStream(in, startByte);
        parser = FACTORY.createParser(new InputStreamReader(counter, StandardCharsets.UTF_8));
        parser.setSchema(CsvSchema.emptySchema());
        segmentStartByte = startByte;
        lineBase = linesBefore;
        nextLine = linesBefore + 1;
    }

    /** Starts a new parser on the physical line after {@code brokenLine}; ends the file when there is none. */
    private void resyncAfter(long brokenLine) throws IOException {
        parser.close();
        long target = brokenLine + 1;
        long offset = segmentStartByte;
        long current = lineBase + 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skipFully(in, offset);
            int prev = -1;
            int b;
            while (current < target && (b = in.read()) >= 0) {
                offset++;
                if (b == '\n' && prev != '\r' || b == '\r') {
                    current++;
                }
                if (b == '\r' && current == target) {
                    in.mark(1);
                    if (in.read() == '\n') {
                        offset++;
                    }
                    in.reset();
                    break;
                }
                prev = b;
            }
        }
        startSegment(offset, target - 1);
        if (current < target) {
            eof = true;
        }
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    return;
                }
                s = 1;
            }
            left -= s;
        }
    }
}
