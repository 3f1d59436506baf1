package com.ssprviewer.cli;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.FolderAccess;
import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What commands share: the output streams, how to open the store named by {@code --db}, and the progress and Ctrl+C
 * of the command running. Progress is one line rewritten in place when the program runs in a terminal
 * ({@link System#console()} is there: standard input and output are the terminal), else plain lines; the
 * environment variable {@value #PROGRESS_VARIABLE} ({@code terminal} or {@code plain}) chooses instead.
 */
final class CliContext {

    static final String PROGRESS_VARIABLE = "SSPR_PROGRESS";
    /** The flag of every command with progress that silences it. */
    static final String QUIET = "quiet";

    private final PrintStream out;
    private final PrintStream err;
    private final StatusLine line;
    private final Passphrases passphrases;
    private Interruption interruption;

    CliContext(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.line = terminal(environment) ? new StatusLine(err) : null;
        this.out = line == null ? out : line.wrap(out, StatusLine.consoleCharset());
        this.err = line == null ? err : line.wrap(err, StatusLine.consoleCharset());
        this.passphrases = new Passphrases(environment);
        this.interruption = new Interruption("", out, err, () -> { });
    }

    private static boolean terminal(Map<String, String> environment) {
        String forced = environment.getOrDefault(PROGRESS_VARIABLE, "");
        if (forced.equalsIgnoreCase("terminal") || forced.equalsIgnoreCase("plain")) {
            return forced.equalsIgnoreCase("terminal");
        }
        return System.console() != null;
    }

    /** Starts a command: its Ctrl+C, armed by the caller when the command has long work. */
    Interruption begin(String command) {
        interruption = new Interruption(command, out, err, line == null ? () -> { } : line::clear);
        return interruption;
    }

    /** The running command's Ctrl+C. */
    Interruption interruption() {
        return interruption;
    }

    /** The progress of the running command's work, shown unless {@code --quiet}; cancelled by Ctrl+C. */
    CommandProgress progress(Args args) {
        Interruption stop = interruption;
        return new CommandProgress(err, line, !args.flag(QUIET), stop::requested);
    }

    /** Where the store's passphrase and a new one come from. */
    Passphrases passphrases() {
        return passphrases;
    }

    /** The store's folder: {@code --db DIR}, or the store the window uses by default. */
    static Path storeFolder(Args args) throws UsageException {
        return args.option("db").map(Path::of).orElseGet(Store::defaultDirectory);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /**
     * Opens {@code --db DIR}, or the store the window uses by default, which must exist already, for reading. A store
     * another window or command holds is read from a copy taken now, with one note on stderr.
     */
    Store openStore(Args args) throws UsageException, CommandFailure {
        Path dir = storeDirectory(args, false);
        Passphrase passphrase = passphrases.current(args);
        try {
            return open(dir, passphrase);
        } catch (CommandFailure busy) {
            if (busy.exitCode() != ExitCodes.STORE_BUSY) {
                throw busy;
            }
            try {
                Store copy = Store.openCopy(dir, passphrase);
                err.println("The store " + copy.directory() + " is in use by another window or command; this answer"
                        + " is read from a copy of it as it was a moment ago.");
                return copy;
            } catch (StoreException e) {
                throw busy;
            }
        }
    }

    /** Opens {@code --db DIR}, or the store the window uses by default, creating it when asked to. */
    Store openStore(Args args, boolean create) throws UsageException, CommandFailure {
        return open(storeDirectory(args, create), passphrases.current(args));
    }

    /** The store folder of {@code --db DIR}, or the window's; it must exist unless the command creates it. */
    Path storeDirectory(Args args, boolean create) throws UsageException, CommandFailure {
        Path dir = storeFolder(args);
        if (Files.isRegularFile(dir)) {
            throw new CommandFailure(dir + " is a file, not a store folder; name the folder that holds the store.");
        }
        if (!create && !Files.isDirectory(dir)) {
            throw new CommandFailure("There is no store in " + dir + " (the folder does not exist); import exports"
                    + " into it first, or name the store's folder with --db.");
        }
        return dir;
    }

    /**
     * Opens the store in {@code dir} (creating it if missing, encrypted when a passphrase is given); a busy store
     * fails with exit code 3.
     */
    Store open(Path dir, Passphrase passphrase) throws CommandFailure {
        try {
            Store store = Store.open(dir, passphrase, rows -> err.println(String.format(Locale.ROOT,
                    "Cleaning up an import that did not finish (%,d rows)...", rows)));
            if (store.diskFull()) {
                err.println("The disk holding the store " + store.directory() + " is full, so the store is open"
                        + " read-only for viewing; free some space on it to import into it.");
            } else if (store.readOnly()) {
                err.println("The store " + store.directory() + " cannot be written, so it is open read-only for"
                        + " viewing; make its folder and files writable to import into it.");
            }
            noticeAccess(store);
            return store;
        } catch (StoreException e) {
            throw failure(e);
        }
    }

    /** A store that would not open as a command failure, with its exit code. */
    static CommandFailure failure(StoreException e) {
        String sentence = e.problem() == StoreProblem.PASSPHRASE_NEEDED
                ? e.getMessage().substring(0, e.getMessage().length() - 1) + "; " + Passphrases.howToGive()
                : e.getMessage();
        return new CommandFailure(sentence, ExitCodes.of(e.problem()));
    }

    /** One line on stderr when the store's folder was, or still is, open to other accounts. */
    private void noticeAccess(Store store) {
        Path dir = store.directory();
        if (store.folderAccess() == FolderAccess.MADE_OWNER_ONLY) {
            err.println("The store folder " + dir + " could be read by other accounts; now only you can read it.");
        } else if (store.folderAccess() == FolderAccess.OPEN_TO_OTHERS) {
            err.println("The store folder " + dir + " can be read by other accounts and only its owner can change"
                    + " that; ask them to make it private.");
        }
    }
}
