package com.ssprviewer.store.imports;

import com.ssprviewer.work.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** The size and SHA-256 of an imported file, as the import log records them. */
public record FileFacts(long size, String sha256) {

    /**
     * The file's SHA-256, worked out on a thread of its own: an import reads and parses the file while it is hashed
     * instead of waiting for the digest first.
     */
    public static Future<String> sha256Later(Path file) {
        FutureTask<String> digest = new FutureTask<>(() -> of(file).sha256());
        Threads.daemon("sspr-file-digest", digest);
        return digest;
    }

    /** The digest of {@link #sha256Later}, waited for; a file that could not be read is an IOException. */
    public static String sha256(Future<String> digest) throws IOException {
        try {
            return digest.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("cannot read the file", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the file", e);
        }
    }

    public static FileFacts of(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long size = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                size += n;
            }
        }
        return new FileFacts(size, HexFormat.of().formatHex(md.digest()));
    }
}
