package com.ssprviewer.ui.imports;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportOpener;
import com.ssprviewer.store.ImportListener;
import com.ssprviewer.store.ImportResult;
import com.ssprviewer.store.Store;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ProgressReporter;

/**
 * Imports files one after another into a store, on the calling (background) thread, reporting "Importing 2 of 5:
 * name" and the share of the current file read. A cancel stops the file being read (the store undoes it) and every
 * file after it; files already imported stay. The result lists every file, the skipped ones as canceled.
 */
public final class ImportJob {
    private static final long SCALE = 1_000_000;
    /** The window reads times written without a zone (classic reports) as UTC. */
    private static final ExportOpener OPENER = ExportFormats.opener(ZoneOffset.UTC);

    private ImportJob() {
    }

    /** Imports {@code files} into {@code store}; never call on the FX thread (the store refuses it). */
    public static List<ImportResult> importAll(Store store, List<Path> files, ProgressReporter reporter) {
        List<ImportResult> results = new ArrayList<>();
        boolean stopped = false;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (stopped || reporter.isCancelled()) {
                stopped = true;
                results.add(skipped(file));
                continue;
            }
            reporter.message(I18n.format("import.progress", i + 1, files.size(), ImportTexts.fileName(file)));
            reporter.progress(0, SCALE);
            ImportResult result = store.importFile(file, OPENER, listener(reporter));
            results.add(result);
            stopped = result.outcome() == ImportResult.Outcome.CANCELED;
        }
        return List.copyOf(results);
    }

    private static ImportListener listener(ProgressReporter reporter) {
        return new ImportListener() {
            @Override
            public void progress(double fraction) {
                reporter.progress(Math.round(fraction * SCALE), SCALE);
            }

            @Override
            public boolean cancelled() {
                return reporter.isCancelled();
            }
        };
    }

    private static ImportResult skipped(Path file) {
        return new ImportResult(0, file, null, ImportResult.Outcome.CANCELED, 0, 0, 0, 0, List.of(), null);
    }
}
