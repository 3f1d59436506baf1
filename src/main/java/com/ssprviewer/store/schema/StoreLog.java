package com.ssprviewer.store.schema;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The store's own log, {@value #FILE_NAME} in its folder: the full text of every store failure (H2's messages and
 * stack traces, which the user never sees), for a support request. Bounded: at {@value #MAX_BYTES} bytes it moves to
 * {@code sspr.log.1}, replacing the older one. Writing it is best effort: a full or read-only disk loses the entry.
 */
public final class StoreLog {

    public static final String FILE_NAME = "sspr.log";
    static final long MAX_BYTES = 256 * 1024;

    private StoreLog() {
    }

    /** Records a failure of the store while doing something ("open", "import", "read"). */
    public static synchronized void failure(Path store, String doing, Throwable failure) {
        if (store == null || !Files.isDirectory(store) || !Files.isWritable(store)) {
            return;
        }
        StringWriter text = new StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            w.println(Instant.now() + " " + doing + " failed:");
            if (failure != null) {
                failure.printStackTrace(w);
            }
        }
        Path log = store.resolve(FILE_NAME);
        try {
            if (Files.exists(log) && Files.size(log) > MAX_BYTES) {
                Files.move(log, store.resolve(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            // created owner-only like every file of the store: H2's text can quote the data
            OwnerOnly.createFile(log);
            Files.writeString(log, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // the log only helps support; the failure itself has already been told to the user
        }
    }
}
