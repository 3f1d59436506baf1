package com.ssprviewer.cli;

/** Wrong usage of the command line: the message is printed with the command's usage text, exit code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
