package com.ssprviewer.cli;

import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportOpener;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.store.api.RejectedRow;
import com.ssprviewer.work.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/** {@code import [--db DIR] [--zone ZONE] FILE...}: one summary line per file; exit 1 when any file or row failed. */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String description() {
        return "import export files (CSV, JSON) into the store";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " import [--db DIR] [--zone ZONE] [--snapshot-date DATE] FILE...\n"
                + "  --db DIR     the store (default: the window's store)\n"
                + "  --zone ZONE  time zone of times written without one (default UTC), e.g. Europe/Stockholm\n"
                + "  --snapshot-date DATE  the day of registration snapshots (default: the day of the newest\n"
                + "               lastUpdatedDateTime in each file; needed for a file without dates)\n"
                + "Prints one line per file and file:line: reason for each rejected row or warning.\n"
                + "Exit 0 when everything imported, 1 when a file or row failed (the rest still imported),"
                + " 2 on wrong usage.";
    }

    @Override
    public Set<String> options() {
        return Set.of("db", "zone", "snapshot-date");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        if (args.positional().isEmpty()) {
            throw new UsageException("name at least one file to import");
        }
        ExportOpener opener = ExportFormats.opener(
                args.option("zone").isPresent() ? Values.zone(args.option("zone").get()) : ZoneOffset.UTC);
        LocalDate snapshotDay = args.option("snapshot-date").isPresent()
                ? Values.date("snapshot-date", args.option("snapshot-date").get()) : null;
        boolean allGood = true;
        try (Store store = context.openStore(args, true)) {
            for (String name : args.positional()) {
                Path file = Path.of(name);
                if (Files.isDirectory(file)) {
                    context.out().println(name + ": not imported: is a folder; name the export files in it");
                    allGood = false;
                    continue;
                }
                if (!Files.isRegularFile(file)) {
                    context.out().println(name + ": not imported: no such file");
                    allGood = false;
                    continue;
                }
                ImportResult result = store.importFile(file, opener, snapshotDay, Progress.NONE);
                context.out().println(result.summaryLine());
                for (RejectedRow row : result.rejectedRows()) {
                    context.out().println("  " + row);
                }
                for (RejectedRow row : result.warnings()) {
                    context.out().println("  " + row.fileName() + ":" + row.line() + ": warning: " + row.reason());
                }
                allGood &= result.outcome() == ImportResult.Outcome.IMPORTED && result.rejected() == 0;
            }
            // a store that keeps N months loses older data at every import (the nightly one, typically)
            store.applyRetention(LocalDate.now(ZoneOffset.UTC)).filter(r -> !r.isEmpty()).ifPresent(r ->
                    context.out().println("retention: removed data before " + r.cutOff() + ": "
                            + RemovalText.counts(r)));
            store.finishBackgroundWork();
        }
        return allGood ? 0 : 1;
    }
}
