package com.ssprviewer.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV text as the exports write it: RFC 4180 quoting, UTF-8 with or without a byte order mark. */
final class CsvText {

    static final String CRLF = "\r\n";
    private static final char BOM = '\uFEFF';

    private CsvText() {
    }

    /** A buffered UTF-8 writer on a new (or truncated) file, starting with a BOM when asked. */
    static Writer open(Path file, boolean bom) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (bom) {
            w.write(BOM);
        }
        return w;
    }

    /** The portal audit CSV style: a non-empty value in double quotes (inner quotes doubled), an empty one bare. */
    static void appendQuotedOrEmpty(StringBuilder sb, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        appendQuoted(sb, value);
    }

    static void appendQuoted(StringBuilder sb, String value) {
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** The classic report style: quoted only when the value needs it (comma, quote, line break). */
    static void appendMinimal(StringBuilder sb, String value) {
        if (value == null) {
            return;
        }
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (needs) {
            appendQuoted(sb, value);
        } else {
            sb.append(value);
        }
    }
}
