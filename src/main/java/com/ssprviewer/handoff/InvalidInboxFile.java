package com.ssprviewer.handoff;

/** An inbox file that is not what this program writes there; the message says why, after "it". */
public final class InvalidInboxFile extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidInboxFile(String reason) {
        super(reason);
    }
}
