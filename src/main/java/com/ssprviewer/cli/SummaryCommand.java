package com.ssprviewer.cli;

import com.ssprviewer.insight.Summaries;
import com.ssprviewer.insight.Summary;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import java.time.Instant;
import java.util.Set;

/** {@code summary}: the eight answers, as text or as one JSON object. */
final class SummaryCommand implements Command {

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String description() {
        return "answer the eight questions of the SSPR reporting page";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " summary [--db DIR] [--as-of INSTANT] [--from DATE] [--to DATE] [--json]\n"
                + "  --as-of INSTANT   the moment \"last 7 days\" counts back from (default now, UTC)\n"
                + "  --from DATE, --to DATE   only data in this range (default all stored data)\n"
                + "  --json            one JSON object with the keys asOf, events, attempts, outcomes,"
                + " registeredUsers,\n"
                + "                    registrations, dataRegistered, resetsLast7Days, attemptsLast7Days, methods,\n"
                + "                    problems, adminSelfResets, suspicious";
    }

    @Override
    public Set<String> options() {
        return Set.of("db", "as-of", "from", "to");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        Instant asOf = args.option("as-of").isPresent() ? Values.instant("as-of", args.option("as-of").get())
                : Instant.now();
        EventFilter.Builder window = EventFilter.builder();
        Values.ordered(args);
        if (args.option("from").isPresent()) {
            window.from(Values.instant("from", args.option("from").get()));
        }
        if (args.option("to").isPresent()) {
            window.to(Values.endExclusive("to", args.option("to").get()));
        }
        Summary summary;
        try (Store store = context.openStore(args)) {
            summary = Summaries.compute(store, window.build(), asOf);
        }
        context.out().println(args.flag("json") ? SummaryJson.write(summary) : SummaryText.write(summary));
        return 0;
    }
}
