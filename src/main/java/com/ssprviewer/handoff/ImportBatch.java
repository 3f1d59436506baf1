package com.ssprviewer.handoff;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportOpener;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.work.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The import {@code import} does, file by file, with the lines it prints: one summary line per file, then
 * {@code file:line: reason} for each rejected row and warning; a folder or a missing file gets its own line and is
 * skipped. The command runs it on the store it opened; the window runs it on its own store for a command that
 * handed its files over, so both print the same lines.
 */
public final class ImportBatch {

    /** Hears which file starts, to show it (the window's status bar). */
    public interface Starting {
        void file(int index, int count, Path file);
    }

    /**
     * How the files went.
     *
     * @param results the result of every file that was read (not the folders or missing files)
     * @param allGood every named file imported without a rejected row
     */
    public record Done(List<ImportResult> results, boolean allGood) {
    }

    private ImportBatch() {
    }

    /** Imports the request's files into the store, printing each line to {@code out} as soon as it is true. */
    public static Done run(Store store, ImportRequest request, Progress progress, Starting starting,
                           Consumer<String> out) {
        ExportOpener opener = ExportFormats.opener(request.zone());
        List<ImportResult> results = new ArrayList<>();
        boolean allGood = true;
        for (int i = 0; i < request.names().size(); i++) {
            String name = request.names().get(i);
            Path file = request.file(name);
            if (Files.isDirectory(file)) {
                out.accept(name + ": not imported: is a folder; name the export files in it");
                allGood = false;
                continue;
            }
            if (!Files.isRegularFile(file)) {
                out.accept(name + ": not imported: no such file");
                allGood = false;
                continue;
            }
            starting.file(i, request.names().size(), file);
            ImportResult result = store.importFile(file, opener, request.snapshotDay(), progress);
            results.add(result);
            out.accept(result.summaryLine());
            for (RejectedRow row : result.rejectedRows()) {
                out.accept("  " + row);
            }
            for (RejectedRow row : result.warnings()) {
                out.accept("  " + row.fileName() + ":" + row.line() + ": warning: " + row.reason());
            }
            allGood &= result.outcome() == ImportResult.Outcome.IMPORTED && result.rejected() == 0;
        }
        return new Done(List.copyOf(results), allGood);
    }
}
