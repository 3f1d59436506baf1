package com.ssprviewer.cli;

import com.ssprviewer.insight.Coverage;
import com.ssprviewer.insight.Coverages;
import com.ssprviewer.store.Store;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** {@code coverage}: registration coverage of one snapshot, as text or as one JSON object. */
final class CoverageCommand implements Command {

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public String description() {
        return "registration coverage of a registration snapshot";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " coverage [--db DIR] [--as-of DATE] [--json]\n"
                + "  --as-of DATE   the snapshot on or before this day (default the newest)\n"
                + "  --json         one JSON object with the keys snapshot, members, guests, ssprRegistered,\n"
                + "                 ssprEnabled, ssprCapable, mfaRegistered, mfaCapable, passwordlessCapable,\n"
                + "                 methods, enabledNotRegistered, adminsNotCapable, changes, trend\n"
                + "Counts are of members. Import registration snapshots first (import FILE).";
    }

    @Override
    public Set<String> options() {
        return Set.of("db", "as-of");
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
        LocalDate asOf = args.option("as-of").isPresent() ? Values.date("as-of", args.option("as-of").get()) : null;
        Optional<Coverage> coverage;
        try (Store store = context.openStore(args)) {
            coverage = Coverages.compute(store, asOf);
        }
        if (coverage.isEmpty()) {
            throw new CommandFailure(asOf == null
                    ? "no registration snapshot in the store; import one first (a userRegistrationDetails export)"
                    : "no registration snapshot on or before " + asOf + "; the first one is later, or none was"
                    + " imported");
        }
        context.out().println(args.flag("json") ? CoverageJson.write(coverage.get())
                : CoverageText.write(coverage.get()));
        return 0;
    }
}
