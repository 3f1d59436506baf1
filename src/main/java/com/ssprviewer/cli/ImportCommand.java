package com.ssprviewer.cli;

import com.ssprviewer.handoff.ImportRequest;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.Removal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

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
                + "       [--quiet] FILE...\n"
                + "  --db DIR     the store (default: the window's store)\n"
                + "  --zone ZONE  time zone of times written without one (default UTC), e.g. Europe/Stockholm\n"
                + "  --snapshot-date DATE  the day of registration snapshots (default: the day of the newest\n"
                + "               lastUpdatedDateTime in each file; needed for a file without dates)\n"
                + "  --wait SECONDS  how long to wait for the store while another command uses it (default "
                + ImportTurn.DEFAULT_WAIT_SECONDS + ");\n"
                + "               a store open in a window gets the import handed to that window instead\n"
                + "  --quiet      no progress on stderr\n"
                + "Prints one line per file and file:line: reason for each rejected row or warning.\n"
                + "Exit 0 when everything imported, 1 when a file or row failed (the rest still imported),"
                + " 2 on wrong usage,\n130 when Ctrl+C cancelled it (the file being read is not kept).";
    }

    @Override
    public boolean hasProgress() {
        return true;
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
        Interruption stop = context.interruption();
        stop.endsAtOnce(stop.say("import cancelled; nothing was imported"));
        ImportTurn.Turn turn = ImportTurn.take(context, context.storeDirectory(args, true),
                context.passphrases().current(args), request, wait);
        if (turn.answer() != null) {
            return ImportTurn.print(turn.answer(), context);
        }
        try (Store store = turn.store(); CommandProgress progress = context.progress(args)) {
            stop.unwinds();
            ImportFiles.Outcome outcome = ImportFiles.run(store, request, progress, context);
            if (outcome.cancelled()) {
                return ExitCodes.CANCELLED;
            }
            if (!retention(store, progress, context)) {
                return ExitCodes.CANCELLED;
            }
            stop.endsAtOnce(stop.say("import stopped after its files were stored; the store finishes its sort key"
                    + " when it is next opened"));
            progress.start("finishing the store's sort key");
            store.finishBackgroundWorkListsNeed();
            return outcome.allGood() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    /**
     * A store that keeps N months loses older data at every import (the nightly one, typically); false when Ctrl+C
     * cancelled that removal (nothing was removed, the files stay imported).
     */
    private static boolean retention(Store store, CommandProgress progress, CliContext context) {
        Optional<Integer> months = store.keepMonths();
        if (months.isEmpty()) {
            return true;
        }
        LocalDate cutOff = Store.retentionCutOff(LocalDate.now(ZoneOffset.UTC), months.get());
        progress.start("retention");
        try {
            Removal removal = store.removeOlderThan(cutOff, true, progress);
            if (!removal.isEmpty()) {
                context.out().println("retention: removed data before " + removal.cutOff() + ": "
                        + RemovalText.counts(removal));
            }
            return true;
        } catch (CancellationException e) {
            context.err().println("import cancelled during retention; the files above were imported and nothing"
                    + " older was removed");
            return false;
        }
    }
}
