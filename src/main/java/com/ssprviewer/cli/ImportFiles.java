package com.ssprviewer.cli;

import com.ssprviewer.handoff.ImportBatch;
import com.ssprviewer.handoff.ImportRequest;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of {@code import}, one after another, each with its progress line. Ctrl+C cancels the file being read
 * (the store removes what it wrote of it, as the window's Cancel does) and leaves the files after it; the files
 * imported before it stay, and one line on stderr names both.
 */
final class ImportFiles {

    /** How the files went: all imported without a rejected row, or cancelled by Ctrl+C. */
    record Outcome(boolean allGood, boolean cancelled) {
    }

    private ImportFiles() {
    }

    static Outcome run(Store store, ImportRequest request, CommandProgress progress, CliContext context) {
        List<String> names = request.names();
        List<String> landed = new ArrayList<>();
        boolean allGood = true;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (progress.cancelled()) {
                context.err().println(cancelled(null, landed, names.subList(i, names.size()), request));
                return new Outcome(false, true);
            }
            String label = fileName(request.file(name)) + (names.size() > 1 ? " (" + (i + 1) + " of "
                    + names.size() + ")" : "");
            ImportRequest one = new ImportRequest(request.base(), List.of(name), request.zone(),
                    request.snapshotDay());
            ImportBatch.Done done = ImportBatch.run(store, one, progress, (index, count, file) ->
                    progress.start(label), context.out()::println);
            progress.clear();
            allGood &= done.allGood();
            for (ImportResult result : done.results()) {
                if (result.outcome() == ImportResult.Outcome.CANCELED) {
                    context.err().println(cancelled(name, landed, names.subList(i + 1, names.size()), request));
                    return new Outcome(false, true);
                }
                if (result.outcome() == ImportResult.Outcome.IMPORTED) {
                    landed.add(name);
                }
            }
        }
        return new Outcome(allGood, false);
    }

    /**
     * "import cancelled; nothing from c.csv was kept; imported: a.csv, b.csv; not imported: d.csv": what a script's
     * log needs to import the rest again.
     */
    static String cancelled(String stopped, List<String> landed, List<String> notStarted, ImportRequest request) {
        StringBuilder sb = new StringBuilder("import cancelled");
        if (stopped != null) {
            sb.append("; nothing from ").append(fileName(request.file(stopped))).append(" was kept");
        }
        if (!landed.isEmpty()) {
            sb.append("; imported: ").append(names(landed, request));
        }
        if (!notStarted.isEmpty()) {
            sb.append("; not imported: ").append(names(notStarted, request));
        }
        if (stopped == null && landed.isEmpty() && notStarted.isEmpty()) {
            sb.append("; nothing was imported");
        }
        return sb.toString();
    }

    private static String names(List<String> names, ImportRequest request) {
        return String.join(", ", names.stream().map(n -> fileName(request.file(n))).toList());
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
