package com.ssprviewer.cli;

/** A command that could not do its work; the message is one sentence for the user, with its exit code. */
final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandFailure(String message) {
        this(message, ExitCodes.FAILED);
    }

    CommandFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
