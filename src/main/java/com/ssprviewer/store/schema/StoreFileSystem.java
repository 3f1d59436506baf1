package com.ssprviewer.store.schema;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.disk.FilePathDisk;

/**
 * The file system H2 reaches a store through. H2's URL has no escape: whatever follows a {@code ;} in a folder name
 * would be read as connection settings. Here the folder travels in the database name as base64url, whose letters H2
 * parses as nothing, and is decoded back to the real folder for every file H2 touches; so any folder name works and
 * none adds a setting. Every file and folder H2 creates through it is created owner-only ({@link OwnerOnly}), and
 * its temporary files stay in the store's folder instead of the shared temporary folder.
 *
 * <p>A path reads {@code sspr-store:<base64url of the parent folder>/<file name>}; H2 appends its suffixes to the
 * file name ({@code sspr} becomes {@code sspr.mv.db}), which stays readable after the only {@code /}.
 */
public final class StoreFileSystem extends FilePathWrapper {

    static final String SCHEME = "sspr-store";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    static {
        FilePath.register(new StoreFileSystem());
    }

    /** The database name H2 is given for a file of a store: free of every character H2 parses. */
    static String databaseName(Path file) {
        return encode(file.toAbsolutePath().normalize().toString().replace('\\', '/'));
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FilePathWrapper wrap(FilePath base) {
        return base == null ? null : getPath(encode(base.name));
    }

    @Override
    protected FilePath unwrap(String path) {
        return new FilePathDisk().getPath(decode(path));
    }

    @Override
    public void createDirectory() {
        try {
            OwnerOnly.createDirectory(real());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean createFile() {
        try {
            return OwnerOnly.createFile(real());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (!"r".equals(mode)) {
            OwnerOnly.createFile(real());
        }
        return super.open(mode);
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        OwnerOnly.createFile(real());
        return super.newOutputStream(append);
    }

    @Override
    public FilePath createTempFile(String suffix, boolean inTempDir) throws IOException {
        FilePath temp = getBase().createTempFile(suffix, false);
        OwnerOnly.restrictFile(Path.of(temp.name));
        return wrap(temp);
    }

    private Path real() {
        return Path.of(getBase().name);
    }

    static String encode(String real) {
        int slash = real.lastIndexOf('/');
        if (slash < 0 || slash == real.length() - 1) {
            return SCHEME + ":" + base64(real);
        }
        return SCHEME + ":" + base64(real.substring(0, slash)) + "/" + real.substring(slash + 1);
    }

    static String decode(String path) {
        String rest = path.substring(SCHEME.length() + 1).replace('\\', '/');
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return unbase64(rest);
        }
        return unbase64(rest.substring(0, slash)) + "/" + rest.substring(slash + 1);
    }

    private static String base64(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String unbase64(String text) {
        return new String(DECODER.decode(text), StandardCharsets.UTF_8);
    }
}
