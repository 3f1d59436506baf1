package com.ssprviewer.importer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What format detection sees of a file before a format is chosen: after a byte order mark and white space,
 * {@code [} or {@code {} means JSON, whose first record's shape is probed ({@link JsonRecords#probe}); anything else
 * is a CSV whose header row is read. A CSV reader goes on from the rows after the header; the head closes them
 * unless a reader was opened on them.
 */
final class FileHead implements Closeable {

    private final Path file;
    private final String name;
    private final int bomLength;
    private final JsonRecords.Shape jsonShape;
    private final CsvRows rows;
    private final Columns columns;
    private boolean handedOver;

    private FileHead(Path file, String name, int bomLength, JsonRecords.Shape jsonShape, CsvRows rows,
                     Columns columns) {
        this.file = file;
        this.name = name;
        this.bomLength = bomLength;
        this.jsonShape = jsonShape;
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * Reads the head of a file.
     *
     * @param headerNames the canonical name of a CSV header, or null for a header no format reads
     * @throws ExportFormatException when the file is empty or its JSON breaks off before the first record
     */
    static FileHead read(Path file, UnaryOperator<String> headerNames) throws IOException {
        String name = String.valueOf(file.getFileName());
        ContentSniffer.Start start = ContentSniffer.sniff(file);
        if (start.empty()) {
            throw new ExportFormatException(name + ": the file is empty, so it is not an audit export.");
        }
        if (start.json()) {
            return new FileHead(file, name, start.bomLength(),
                    JsonExportReader.shape(file, name, start.bomLength()), null, null);
        }
        CsvRows rows = CsvRows.open(file, start.bomLength());
        try {
            return new FileHead(file, name, start.bomLength(), null, rows, header(rows, headerNames));
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** The file's name, as messages name it. */
    String name() {
        return name;
    }

    int bomLength() {
        return bomLength;
    }

    /** The shape of a JSON file's first record; null for a CSV file or JSON that holds no audit records. */
    JsonRecords.Shape jsonShape() {
        return jsonShape;
    }

    /** The columns of a CSV file's header row; null for a JSON file or a CSV file without a header. */
    Columns columns() {
        return columns;
    }

    /** The rows after a CSV file's header, for the reader opened on them. */
    CsvRows rows() {
        return rows;
    }

    /** A reader was opened on the file: it closes the rows from now on. */
    void handedOver() {
        handedOver = true;
    }

    /** Why no format claimed the file, in the words the user sees. */
    ExportFormatException notAnExport() {
        if (rows == null) {
            return new ExportFormatException(name + ": not an audit export: the JSON holds neither directoryAudit "
                    + "records nor a Microsoft Graph response.");
        }
        return new ExportFormatException(name + ": not an audit export: no Date (UTC)/Activity columns and "
                + "no User/Date and Time columns.");
    }

    @Override
    public void close() throws IOException {
        if (rows != null && !handedOver) {
            rows.close();
        }
    }

    /** The first non-empty row's columns (an Excel {@code sep=} line is skipped), or null when the file has none. */
    private static Columns header(CsvRows rows, UnaryOperator<String> headerNames) throws IOException {
        while (rows.advance()) {
            if (rows.broken()) {
                return null;
            }
            boolean sepLine = rows.size() <= 2 && rows.raw(0).strip().toLowerCase(Locale.ROOT).startsWith("sep=");
            if (!rows.blank() && !sepLine) {
                return Columns.of(rows.copy(), rows.size(), headerNames);
            }
        }
        return null;
    }
}
