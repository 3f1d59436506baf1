package com.ssprviewer.ui.lists;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** A store in a temporary folder filled from the sample exports of the test resources. */
public final class SampleStore {
    public static final List<String> SAMPLES = List.of(
            "classic-password-reset-activity.csv", "classic-registration-activity.csv", "audit-logs-download.csv",
            "audit-logs-download.json", "graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json",
            "broken-rows.csv");

    private SampleStore() {
    }

    /** Opens a store in {@code dir}/store and imports the given resources (e.g. "/samples/x.csv") into it. */
    public static Store open(Path dir, List<String> resources) {
        try {
            Store store = Store.open(dir.resolve("store"));
            for (String resource : resources) {
                Path file = dir.resolve(Path.of(resource).getFileName().toString());
                try (InputStream in = SampleStore.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("missing test resource " + resource);
                    }
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                store.importFile(file, ExportFormats.opener(), Progress.NONE);
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store holding every sample export (259 events). */
    public static Store samples(Path dir) {
        return open(dir, SAMPLES.stream().map(name -> "/samples/" + name).toList());
    }
}
