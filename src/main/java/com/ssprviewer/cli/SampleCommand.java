package com.ssprviewer.cli;

import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/** {@code sample --out DIR [--seed N] [--users N] [--days N]}: realistic sample exports in every supported format. */
final class SampleCommand implements Command {

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String description() {
        return "write realistic sample exports in every supported format";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " sample --out DIR [--seed N] [--users N] [--days N] [--quiet]\n"
                + "  --out DIR    folder to write the files into (created if missing)\n"
                + "  --seed N     the same seed gives the same files (default 1)\n"
                + "  --users N    users in the sample tenant (default 50)\n"
                + "  --days N     days of history (default 30)\n"
                + "  --quiet      no progress on stderr";
    }

    @Override
    public boolean hasProgress() {
        return true;
    }

    @Override
    public Set<String> options() {
        return Set.of("out", "seed", "users", "days");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        Path out = Path.of(args.option("out").orElseThrow(() -> new UsageException("--out DIR is required")));
        SampleSpec defaults = SampleSpec.defaults();
        long seed = args.option("seed").isPresent() ? Values.anyLong("seed", args.option("seed").get())
                : defaults.seed();
        int users = args.option("users").isPresent() ? Values.positiveInt("users", args.option("users").get())
                : defaults.users();
        int days = args.option("days").isPresent() ? Values.positiveInt("days", args.option("days").get())
                : defaults.days();
        if (users < 1 || days < 1) {
            throw new UsageException("--users and --days must be at least 1");
        }
        List<Path> files;
        try (CommandProgress progress = context.progress(args)) {
            context.interruption().unwinds();
            progress.start("sample");
            files = new SampleGenerator(new SampleSpec(seed, users, days, defaults.end())).writeAll(out, progress);
        } catch (CancellationException e) {
            context.err().println("sample cancelled; none of its files were kept in " + out);
            return ExitCodes.CANCELLED;
        } catch (IOException e) {
            throw new CommandFailure("could not write the sample files to " + out + ": " + e.getMessage());
        }
        for (Path f : files) {
            context.out().println(f);
        }
        return 0;
    }
}
