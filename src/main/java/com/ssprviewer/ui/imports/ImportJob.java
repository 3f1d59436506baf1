package com.ssprviewer.ui.imports;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportOpener;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports files one after another into a store, on the calling (background) thread, reporting "Importing 2 of 5:
 * name" and the share of the current file read. A cancel stops the file being read (the store undoes it) and every
 * file after it; files already imported stay. The result lists every file, the skipped ones as canceled.
 */
public final class ImportJob {
    /** The window reads times written without a zone (classic reports) as UTC. */
    private static final ExportOpener OPENER = ExportFormats.opener(ZoneOffset.UTC);

    private ImportJob() {
    }

    /** Imports {@code files} into {@code store}; never call on the FX thread (the store refuses it). */
    public static List<ImportResult> importAll(Store store, List<Path> files, Progress progress) {
        List<ImportResult> results = new ArrayList<>();
        boolean stopped = false;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (stopped || progress.cancelled()) {
                stopped = true;
                results.add(skipped(file));
                continue;
            }
            progress.message(I18n.format("import.progress", i + 1, files.size(), ImportTexts.fileName(file)));
            progress.progress(0, 1);
            ImportResult result = store.importFile(file, OPENER, progress);
            results.add(result);
            stopped = result.outcome() == ImportResult.Outcome.CANCELED;
        }
        return List.copyOf(results);
    }

    private static ImportResult skipped(Path file) {
        return new ImportResult(0, file, null, ImportResult.Outcome.CANCELED, 0, 0, 0, 0, List.of(), null);
    }
}
