package com.ssprviewer.ui.welcome;

import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ProgressCallable;
import com.ssprviewer.ui.imports.ImportJob;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * "Explore sample data", run in a background task: opens the separate sample store, and unless it already holds a
 * complete sample, generates sample exports into a temporary folder and imports them. The user's own store is never
 * touched. On success the caller owns the returned open store; on failure or cancel it is closed again.
 */
public final class SampleStoreJob implements ProgressCallable<SampleStoreJob.Result> {
    /** Written into the sample store once every sample file is in, so a later visit just opens it. */
    static final String COMPLETE_MARKER = "sample-complete";

    private final Path sampleStore;
    private final SampleSpec spec;

    public SampleStoreJob(Path sampleStore, SampleSpec spec) {
        this.sampleStore = sampleStore;
        this.spec = spec;
    }

    /** The opened sample store and what was imported into it (empty when it already held the sample). */
    public record Result(Store store, List<ImportResult> imports) {
    }

    @Override
    public Result call(Progress progress) throws IOException, StoreException {
        progress.message(I18n.get("sample.opening"));
        Store store = Store.open(sampleStore);
        boolean done = false;
        try {
            List<ImportResult> imports = List.of();
            if (!Files.exists(sampleStore.resolve(COMPLETE_MARKER))) {
                imports = generateAndImport(store, progress);
                Files.writeString(sampleStore.resolve(COMPLETE_MARKER), spec.toString());
            }
            done = true;
            return new Result(store, imports);
        } finally {
            if (!done) {
                store.close();
            }
        }
    }

    private List<ImportResult> generateAndImport(Store store, Progress progress) throws IOException {
        Path work = Files.createTempDirectory("sspr-sample-");
        try {
            progress.message(I18n.get("sample.generating"));
            List<Path> files = new SampleGenerator(spec).writeAll(work, progress);
            List<ImportResult> results = ImportJob.importAll(store, files, progress);
            if (results.stream().anyMatch(r -> r.outcome() == ImportResult.Outcome.CANCELED)) {
                throw new CancellationException("Sample import was cancelled.");
            }
            return results;
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
