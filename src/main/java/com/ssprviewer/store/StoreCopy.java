package com.ssprviewer.store;

import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.StoreLog;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of a store that another process holds, taken for one reader and opened for reading only. H2 writes its file
 * copy-on-write, appending whole chunks and reusing a dead chunk's space only long after it died, so a file copied
 * while open reopens at the last chunk written whole before the copy. The copy lives in an owner-only temporary
 * folder (the store holds personal data) and is deleted when the store closes, or when the program ends.
 */
final class StoreCopy {

    /** Makes the store over the opened copy; {@code delete} removes the copy and runs once it is closed. */
    interface Opener {
        Store open(Database db, Runnable delete);
    }

    private StoreCopy() {
    }

    static Store open(Path origin, Passphrase passphrase, Opener opener) throws StoreException {
        StoreException last = null;
        // a copy taken the very moment H2 wrote a chunk's first block may not open: a second copy is taken then
        for (int attempt = 0; attempt < 2; attempt++) {
            Path copy = copy(origin);
            Runnable delete = () -> delete(copy);
            try {
                return opener.open(Database.openReadOnly(copy, passphrase), delete);
            } catch (StoreException e) {
                delete.run();
                last = e;
            } catch (RuntimeException e) {
                delete.run();
                throw e;
            }
        }
        throw last;
    }

    private static Path copy(Path origin) throws StoreException {
        Path copy = null;
        try {
            copy = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory("sspr-copy-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("sspr-copy-");
            copy.toFile().deleteOnExit();
            for (Path file : storeFiles(origin)) {
                Path target = copy.resolve(file.getFileName().toString());
                target.toFile().deleteOnExit();
                Files.copy(file, target);
            }
            return copy;
        } catch (IOException | SecurityException e) {
            if (copy != null) {
                delete(copy);
            }
            StoreLog.failure(origin, "copy for reading", e);
            throw new StoreException("The store " + origin + " is in use by another window or command of SSPR Audit"
                    + " Viewer and could not be copied for reading; close that window or let the command finish,"
                    + " then try again.", StoreProblem.BUSY, e);
        }
    }

    /** The database file and whatever else the store keeps beside it, but not its log or temporary files. */
    private static List<Path> storeFiles(Path origin) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(origin)) {
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !name.startsWith(StoreLog.FILE_NAME)
                        && !name.endsWith(".trace.db") && !name.endsWith(".tmp")) {
                    files.add(p);
                }
            }
        }
        return files;
    }

    private static void delete(Path copy) {
        try (Stream<Path> all = Files.walk(copy)) {
            all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | RuntimeException ignored) {
            // what cannot be deleted now is deleted when the program ends
        }
    }
}
