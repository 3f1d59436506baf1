package com.ssprviewer.ui.shell;

import com.ssprviewer.sample.SampleGenerator;
import java.io.IOException;
import java.nio.file.Path;

/** A generated audit CSV large enough that a cancel lands while it is being read. */
final class BigExport {
    static final long ROWS = 60_000;

    private BigExport() {
    }

    static Path auditCsv(Path dir) throws IOException {
        Path file = dir.resolve("big-audit-export.csv");
        SampleGenerator.writeAuditCsv(file, ROWS, 7);
        return file;
    }
}
