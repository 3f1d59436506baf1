package com.ssprviewer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies the sample exports of the test resources into a folder, as an administrator's downloads would be. */
final class Samples {

    static final String[] ALL = {
        "classic-password-reset-activity.csv", "classic-registration-activity.csv", "audit-logs-download.csv",
        "audit-logs-download.json", "graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json",
        "broken-rows.csv", "not-an-export.txt"};

    private Samples() {
    }

    static Path copy(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
