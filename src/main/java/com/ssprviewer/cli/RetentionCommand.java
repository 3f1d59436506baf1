package com.ssprviewer.cli;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.Removal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * {@code retention [--db DIR] [--keep-months N|off] [--as-of DATE] [--apply]}: sets how many months the store keeps,
 * shows what is older, and removes it when asked.
 */
final class RetentionCommand implements Command {

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public String description() {
        return "keep N months of data: show what is older, remove it";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " retention [--db DIR] [--keep-months N|off] [--as-of DATE] [--apply]"
                + " [--quiet]\n"
                + "  --keep-months N  keep N months from now on (saved with the store; every import then removes\n"
                + "                   older data); off keeps everything again\n"
                + "  --as-of DATE     count the months back from this day (default today, UTC)\n"
                + "  --apply          remove the older data now (without it, only shows what would go)\n"
                + "  --quiet          no progress on stderr\n"
                + "Prints the counts per kind; a removal is logged in the import history by its counts.";
    }

    @Override
    public boolean hasProgress() {
        return true;
    }

    @Override
    public Set<String> options() {
        return Set.of("db", "keep-months", "as-of");
    }

    @Override
    public Set<String> flags() {
        return Set.of("apply");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        Optional<String> setting = args.option("keep-months");
        Integer months = null;
        if (setting.isPresent() && !setting.get().equals("off")) {
            months = Values.positiveInt("keep-months", setting.get());
        }
        LocalDate today = args.option("as-of").isPresent() ? Values.date("as-of", args.option("as-of").get())
                : LocalDate.now(ZoneOffset.UTC);
        try (Store store = context.openStore(args)) {
            if (setting.isPresent()) {
                store.keepMonths(months);
            }
            Optional<Integer> kept = store.keepMonths();
            if (kept.isEmpty()) {
                context.out().println("retention: the store keeps everything; set --keep-months N to keep N months");
                return 0;
            }
            LocalDate cutOff = Store.retentionCutOff(today, kept.get());
            context.out().println("retention: keeps " + kept.get() + " months: data before " + cutOff);
            boolean apply = args.flag("apply");
            Removal removal;
            try (CommandProgress progress = context.progress(args)) {
                context.interruption().unwinds();
                progress.start("retention");
                removal = store.removeOlderThan(cutOff, apply, progress);
            } catch (CancellationException e) {
                context.err().println("retention cancelled; nothing was removed");
                return ExitCodes.CANCELLED;
            }
            if (removal.isEmpty()) {
                context.out().println("nothing is older");
            } else if (apply) {
                context.out().println("removed: " + RemovalText.counts(removal));
                store.finishBackgroundWork();
            } else {
                context.out().println("would remove: " + RemovalText.counts(removal));
                context.out().println("nothing removed; add --apply to remove it");
            }
        }
        return 0;
    }
}
