package com.ssprviewer.cli;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.Removal;
import java.util.Set;
import java.util.concurrent.CancellationException;

/** {@code forget [--db DIR] USER [--yes]}: every row about one person, counted, and removed with {@code --yes}. */
final class ForgetCommand implements Command {

    @Override
    public String name() {
        return "forget";
    }

    @Override
    public String description() {
        return "remove every row about one user (data protection)";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " forget [--db DIR] USER [--yes] [--quiet]\n"
                + "  USER   the user's principal name or object id (any case)\n"
                + "  --yes  remove the rows (without it, only shows what would go)\n"
                + "  --quiet  no progress on stderr\n"
                + "Removes the events where the user is the target or the actor or that name them, their attempts,\n"
                + "registrations, roles and rows in every registration snapshot. The import history logs the count,\n"
                + "never the user. Exit 1 when the store holds nothing about the user.";
    }

    @Override
    public boolean hasProgress() {
        return true;
    }

    @Override
    public Set<String> options() {
        return Set.of("db");
    }

    @Override
    public Set<String> flags() {
        return Set.of("yes");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        if (args.positional().size() != 1 || args.positional().get(0).isBlank()) {
            throw new UsageException("name one user: a user principal name or object id");
        }
        String user = args.positional().get(0).strip();
        boolean apply = args.flag("yes");
        try (Store store = context.openStore(args)) {
            Removal removal;
            try (CommandProgress progress = context.progress(args)) {
                context.interruption().unwinds();
                progress.start("forget");
                removal = store.forget(user, apply, progress);
            } catch (CancellationException e) {
                context.err().println("forget cancelled; nothing was removed");
                return ExitCodes.CANCELLED;
            }
            if (removal.isEmpty()) {
                throw new CommandFailure("the store " + store.directory() + " holds nothing about " + user);
            }
            if (apply) {
                context.out().println("forgot " + user + ": removed " + RemovalText.n(removal.rows()) + " rows: "
                        + RemovalText.counts(removal));
                store.finishBackgroundWork();
            } else {
                context.out().println("would remove " + RemovalText.n(removal.rows()) + " rows about " + user + ": "
                        + RemovalText.counts(removal));
                context.out().println("nothing removed; add --yes to remove them");
            }
        }
        return 0;
    }
}
