package com.ssprviewer.store.schema;

/**
 * What readers may see while an import writes: rows of the running import are committed in slices (so its undo log
 * stays small) but get ids from {@code eventLimit} and {@code attemptLimit} up, and every read keeps below both
 * until the import is marked complete. {@link #ALL} means no import is running.
 */
public record Visible(long eventLimit, long attemptLimit) {

    public static final Visible ALL = new Visible(Long.MAX_VALUE, Long.MAX_VALUE);

    public boolean everything() {
        return eventLimit == Long.MAX_VALUE && attemptLimit == Long.MAX_VALUE;
    }
}
