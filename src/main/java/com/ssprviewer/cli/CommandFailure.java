package com.ssprviewer.cli;

/** A command that could not do its work; the message is one sentence for the user, exit code 1. */
final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
