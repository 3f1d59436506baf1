package com.ssprviewer.ui.imports;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportOpener;
import com.ssprviewer.importer.OpenedExport;
import com.ssprviewer.importer.SnapshotRow;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports files one after another into a store, on the calling (background) thread, reporting "Importing 2 of 5:
 * name" and the share of the current file read. A cancel stops the file being read (the store undoes it) and every
 * file after it; files already imported stay. The result lists every file, the skipped ones as canceled. A
 * registration snapshot whose file has no dates is imported as of the day the user gave for it, or skipped.
 */
public final class ImportJob {
    /** The window reads times written without a zone (classic reports) as UTC. */
    private static final ExportOpener OPENER = ExportFormats.opener(ZoneOffset.UTC);

    private ImportJob() {
    }

    /** Imports {@code files} into {@code store}; never call on the FX thread (the store refuses it). */
    public static List<ImportResult> importAll(Store store, List<Path> files, Progress progress) {
        return importAll(store, files, Map.of(), progress);
    }

    /**
     * Imports {@code files}, registration snapshots without dates as of the day given for them.
     *
     * @param snapshotDays the day of each snapshot file without dates (others take the day of their newest
     *                     date)
     */
    public static List<ImportResult> importAll(Store store, List<Path> files, Map<Path, LocalDate> snapshotDays,
                                               Progress progress) {
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
            ImportResult result = store.importFile(file, OPENER, snapshotDays.get(file), progress);
            results.add(result);
            stopped = result.outcome() == ImportResult.Outcome.CANCELED;
        }
        return List.copyOf(results);
    }

    /**
     * The registration snapshots among {@code files} whose rows carry no dates, so that the user can be asked for
     * each one's day before the import starts. Reads up to the first dated row of each snapshot (usually the first);
     * a file that does not open is left for the import to report.
     */
    public static List<Path> undatedSnapshots(List<Path> files) {
        List<Path> out = new ArrayList<>();
        for (Path file : files) {
            if (undated(file)) {
                out.add(file);
            }
        }
        return List.copyOf(out);
    }

    private static boolean undated(Path file) {
        try (OpenedExport opened = OPENER.openAny(file)) {
            if (!(opened instanceof OpenedExport.Snapshot snapshot)) {
                return false;
            }
            SnapshotRow row;
            while ((row = snapshot.reader().next()) != null) {
                if (row instanceof SnapshotRow.User u && u.user().lastUpdated() != null) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The result of an undated snapshot the user gave no day for. */
    public static ImportResult declined(Path file) {
        return new ImportResult(0, file, null, ImportResult.Outcome.CANCELED, 0, 0, 0, 0, List.of(),
                I18n.format("import.snapshotDeclined", ImportTexts.fileName(file)));
    }

    private static ImportResult skipped(Path file) {
        return new ImportResult(0, file, null, ImportResult.Outcome.CANCELED, 0, 0, 0, 0, List.of(), null);
    }
}
