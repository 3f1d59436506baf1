package com.ssprviewer.cli;

import com.ssprviewer.handoff.ImportBatch;
import com.ssprviewer.handoff.ImportRequest;
import com.ssprviewer.store.Store;
import com.ssprviewer.work.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * {@code import [--db DIR] [--zone ZONE] FILE...}: one summary line per file; exit 1 when any file or row failed. A
 * store held by the open window gets the import handed to it; one held by another command is waited for.
 */
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
        return "usage: " + Cli.PROGRAM + " import [--db DIR] [--zone ZONE] [--snapshot-date DATE] [--wait SECONDS]\n"
                + "       FILE...\n"
                + "  --db DIR     the store (default: the window's store)\n"
                + "  --zone ZONE  time zone of times written without one (default UTC), e.g. Europe/Stockholm\n"
                + "  --snapshot-date DATE  the day of registration snapshots (default: the day of the newest\n"
                + "               lastUpdatedDateTime in each file; needed for a file without dates)\n"
                + "  --wait SECONDS  how long to wait for the store while another command uses it (default "
                + ImportTurn.DEFAULT_WAIT_SECONDS + ");\n"
                + "               a store open in a window gets the import handed to that window instead\n"
                + "Prints one line per file and file:line: reason for each rejected row or warning.\n"
                + "Exit 0 when everything imported, 1 when a file or row failed (the rest still imported),"
                + " 2 on wrong usage.";
    }

    @Override
    public Set<String> options() {
        return Set.of("db", "zone", "snapshot-date", "wait");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        if (args.positional().isEmpty()) {
            throw new UsageException("name at least one file to import");
        }
        LocalDate snapshotDay = args.option("snapshot-date").isPresent()
                ? Values.date("snapshot-date", args.option("snapshot-date").get()) : null;
        ZoneId zone = args.option("zone").isPresent() ? Values.zone(args.option("zone").get()) : ZoneOffset.UTC;
        long wait = args.option("wait").isPresent() ? Values.positiveInt("wait", args.option("wait").get())
                : ImportTurn.DEFAULT_WAIT_SECONDS;
        ImportRequest request = new ImportRequest(Path.of("").toAbsolutePath(), args.positional(), zone, snapshotDay);
        ImportTurn.Turn turn = ImportTurn.take(context, context.storeDirectory(args, true),
                context.passphrases().current(args), request, wait);
        if (turn.answer() != null) {
            return ImportTurn.print(turn.answer(), context);
        }
        boolean allGood;
        try (Store store = turn.store()) {
            allGood = ImportBatch.run(store, request, Progress.NONE, (i, n, f) -> { }, context.out()::println)
                    .allGood();
            // a store that keeps N months loses older data at every import (the nightly one, typically)
            store.applyRetention(LocalDate.now(ZoneOffset.UTC)).filter(r -> !r.isEmpty()).ifPresent(r ->
                    context.out().println("retention: removed data before " + r.cutOff() + ": "
                            + RemovalText.counts(r)));
            store.finishBackgroundWork();
        }
        return allGood ? 0 : 1;
    }
}
