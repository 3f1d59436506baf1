package com.ssprviewer.cli;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * {@code passphrase}: encrypts a store, changes its passphrase, or removes the encryption, by rewriting its file
 * while no window or command has it open. Progress goes to stderr; the result is one line on stdout. Ctrl+C
 * leaves it under the passphrase it had.
 */
final class PassphraseCommand implements Command {

    @Override
    public String name() {
        return "passphrase";
    }

    @Override
    public String description() {
        return "encrypt a store, change its passphrase, or remove the encryption";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " passphrase [--db DIR] [--passphrase-file FILE]"
                + " (--new-passphrase-file FILE | --remove) [--quiet]\n"
                + "  --passphrase-file FILE      the store's passphrase now (first line; or " + Passphrases.VARIABLE
                + "),\n"
                + "                              not needed for a store that is not encrypted\n"
                + "  --new-passphrase-file FILE  the passphrase to set (first line; or " + Passphrases.NEW_VARIABLE
                + ")\n"
                + "  --remove                    store it unencrypted again\n"
                + "  --quiet                     no progress on stderr\n"
                + "The store must be closed (no window or command using it). Its file is rewritten beside the old\n"
                + "one and replaces it in one step: a crash or Ctrl+C leaves it under one of the two passphrases.";
    }

    @Override
    public boolean hasProgress() {
        return true;
    }

    @Override
    public Set<String> options() {
        return Set.of("db", Passphrases.NEW_OPTION);
    }

    @Override
    public Set<String> flags() {
        return Set.of("remove");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        Passphrase next = context.passphrases().next(args);
        boolean remove = args.flag("remove");
        if (remove == (next != null)) {
            throw new UsageException(remove ? "--remove and a new passphrase exclude each other"
                    : "give the new passphrase (--" + Passphrases.NEW_OPTION + " FILE or "
                    + Passphrases.NEW_VARIABLE + "), or --remove");
        }
        Path dir = CliContext.storeFolder(args);
        if (!Files.isDirectory(dir)) {
            throw new CommandFailure("There is no store in " + dir + " (the folder does not exist); name the"
                    + " store's folder with --db.");
        }
        boolean wasEncrypted = Store.encrypted(dir);
        if (remove && !wasEncrypted) {
            context.out().println("The store " + dir.toAbsolutePath().normalize() + " is not encrypted;"
                    + " nothing to remove.");
            return 0;
        }
        try (CommandProgress progress = context.progress(args)) {
            context.interruption().unwinds();
            progress.start("rewriting the store");
            Store.changePassphrase(dir, context.passphrases().current(args), next, progress);
        } catch (StoreException e) {
            throw CliContext.failure(e);
        } catch (CancellationException e) {
            context.err().println("passphrase cancelled; the store " + dir.toAbsolutePath().normalize()
                    + " keeps the passphrase it had");
            return ExitCodes.CANCELLED;
        }
        String store = "The store " + dir.toAbsolutePath().normalize();
        context.out().println(remove ? store + " is no longer encrypted."
                : wasEncrypted ? store + " has its new passphrase." : store + " is now encrypted.");
        return 0;
    }
}
