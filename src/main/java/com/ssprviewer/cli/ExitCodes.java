package com.ssprviewer.cli;

import com.ssprviewer.store.api.StoreProblem;

/**
 * The command line's exit codes, as the README documents them: scripts tell a busy store (try later) from a full
 * disk or a damaged store (call someone).
 */
final class ExitCodes {

    static final int OK = 0;
    /** A file, a row or the command's input failed (the rest still done); also any fault not listed below. */
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int STORE_BUSY = 3;
    static final int NO_SPACE = 4;
    static final int CANNOT_WRITE = 5;
    static final int STORE_DAMAGED = 6;
    /** The store is encrypted and its passphrase was not given, or is wrong. */
    static final int WRONG_PASSPHRASE = 7;
    /** Ctrl+C (or the process being ended) stopped the command; one line says what was kept. 128 + SIGINT. */
    static final int CANCELLED = 130;

    private ExitCodes() {
    }

    static int of(StoreProblem problem) {
        switch (problem) {
            case BUSY:
                return STORE_BUSY;
            case NO_SPACE:
                return NO_SPACE;
            case CANNOT_WRITE:
                return CANNOT_WRITE;
            case DAMAGED:
                return STORE_DAMAGED;
            case PASSPHRASE_NEEDED:
            case WRONG_PASSPHRASE:
                return WRONG_PASSPHRASE;
            default:
                return FAILED;
        }
    }
}
