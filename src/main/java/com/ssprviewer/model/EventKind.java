package com.ssprviewer.model;

import java.util.Map;

/**
 * Where an event came from: a modern audit record, or a row of one of the two classic reports. Stores hold the
 * {@link #code()} in the events' kind column and hash the {@link #keyText()} into de-duplication keys. Codes are
 * written to stores: never change or reuse one.
 */
public enum EventKind implements StoredCode<Integer> {
    AUDIT(0, "AUDIT"),
    CLASSIC_RESET(1, "CLASSIC_RESET"),
    CLASSIC_REGISTRATION(2, "CLASSIC_REGISTRATION");

    private static final Map<Integer, EventKind> BY_CODE = StoredCode.byCode(EventKind.class);

    private final Integer code;
    private final String keyText;

    EventKind(int code, String keyText) {
        this.code = code;
        this.keyText = keyText;
    }

    @Override
    public Integer code() {
        return code;
    }

    /** The kind as an event's de-duplication key reads it. */
    public String keyText() {
        return keyText;
    }

    /** The kind a store holds as {@code code}. */
    public static EventKind ofCode(int code) {
        return StoredCode.find(BY_CODE, code, "event kind");
    }
}
