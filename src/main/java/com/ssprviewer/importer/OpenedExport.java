package com.ssprviewer.importer;

import java.io.Closeable;
import java.io.IOException;

/**
 * A file that format detection recognised, opened by the reader of its kind: audit events, or a registration
 * snapshot. Whoever imports reads one or the other, so one import action serves both.
 */
public sealed interface OpenedExport extends Closeable permits OpenedExport.Events, OpenedExport.Snapshot {

    ExportFormat format();

    /** An audit export: events. */
    record Events(ExportReader reader) implements OpenedExport {

        @Override
        public ExportFormat format() {
            return reader.format();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** A registration snapshot: users' registration state. */
    record Snapshot(SnapshotReader reader) implements OpenedExport {

        @Override
        public ExportFormat format() {
            return reader.format();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
