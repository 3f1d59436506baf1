package com.ssprviewer.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks at the first meaningful character of a file: the format is decided from content, never from the name.
 * A UTF-8 byte order mark and leading white space are skipped.
 */
final class ContentSniffer {

    /**
     * What the start of a file holds.
     *
     * @param bomLength 3 when the file starts with a UTF-8 byte order mark, else 0
     * @param firstChar the first byte after the mark and white space, or -1 when there is none (empty file)
     */
    record Start(int bomLength, int firstChar) {

        boolean empty() {
            return firstChar < 0;
        }

        boolean json() {
            return firstChar == '[' || firstChar == '{';
        }
    }

    private ContentSniffer() {
    }

    static Start sniff(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int bom = bomLength(in);
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f');
            return new Start(bom, b);
        }
    }

    /** Reads past a UTF-8 byte order mark if there is one; the stream must support mark. */
    static int bomLength(InputStream in) throws IOException {
        in.mark(3);
        if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
            return 3;
        }
        in.reset();
        return 0;
    }
}
