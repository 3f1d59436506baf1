package com.ssprviewer.cli;

import java.util.Set;

/** One command of the command line: its usage text, the options it accepts, and what it does. */
interface Command {

    String name();

    /** One line: what the command does. */
    String description();

    /** The usage text printed by {@code --help} and after a usage error. */
    String usage();

    Set<String> options();

    default Set<String> flags() {
        return Set.of();
    }

    /** True for a command whose work can take long: it shows progress (unless {@code --quiet}); Ctrl+C cancels it. */
    default boolean hasProgress() {
        return false;
    }

    /** Runs the command; returns the exit code (0 success, 1 failure). */
    int run(Args args, CliContext context) throws UsageException, CommandFailure;
}
