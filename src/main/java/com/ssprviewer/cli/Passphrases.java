package com.ssprviewer.cli;

import com.ssprviewer.store.api.Passphrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the command line takes a store's passphrase from: a file named with an option (its first line), else an
 * environment variable, for scheduled tasks. Never from the command line itself, where other accounts can read it
 * in the process list.
 */
final class Passphrases {

    /** The option naming the file that holds the store's passphrase, accepted by every command. */
    static final String OPTION = "passphrase-file";
    /** The environment variable holding the store's passphrase when no file is named. */
    static final String VARIABLE = "SSPR_PASSPHRASE";
    /** The option naming the file of the passphrase the {@code passphrase} command sets. */
    static final String NEW_OPTION = "new-passphrase-file";
    /** The environment variable of the passphrase the {@code passphrase} command sets when no file is named. */
    static final String NEW_VARIABLE = "SSPR_NEW_PASSPHRASE";

    private final Map<String, String> environment;

    Passphrases(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The store's passphrase, or null when none was given. */
    Passphrase current(Args args) throws UsageException, CommandFailure {
        return read(args, OPTION, VARIABLE);
    }

    /** The passphrase to set, or null when none was given. */
    Passphrase next(Args args) throws UsageException, CommandFailure {
        return read(args, NEW_OPTION, NEW_VARIABLE);
    }

    /** How to give the store's passphrase, for the sentence of a store that needs one. */
    static String howToGive() {
        return "give it with --" + OPTION + " FILE or the environment variable " + VARIABLE + ".";
    }

    private Passphrase read(Args args, String option, String variable) throws UsageException, CommandFailure {
        if (args.option(option).isPresent()) {
            return fromFile(Path.of(args.option(option).get()));
        }
        String value = environment.get(variable);
        return value == null || value.isEmpty() ? null : Passphrase.of(value);
    }

    private static Passphrase fromFile(Path file) throws CommandFailure {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure("The passphrase file " + file + " cannot be read; name a file you can read"
                    + " that holds the passphrase on its first line.");
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new CommandFailure("The passphrase file " + file + " has no passphrase on its first line;"
                    + " write it there.");
        }
        return Passphrase.of(line);
    }
}
