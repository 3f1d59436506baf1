package com.ssprviewer.store.schema;

import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.h2.store.fs.encrypt.FileEncrypt;

/**
 * Sets, changes or removes a closed store's passphrase by rewriting its database file. It does what H2's
 * {@code ChangeFileEncryption} does (every block decrypted with the old key, encrypted with the new one), but into a
 * new file in the store's folder, reporting progress and stopping when cancelled, where the tool replaces the file
 * in place (deleting the old one before renaming the new one). The steps, each a safe point for a crash:
 * <ol>
 * <li>the next salt is written beside the current one ({@link StoreSalt#NEXT_FILE});</li>
 * <li>the file is rewritten into {@link StoreCipher#REWRITE_FILE} and synced;</li>
 * <li>that file is moved over the store's file in one atomic step: before it the old store stands (the next open
 * removes the rewrite and the next salt), after it the new one;</li>
 * <li>the next salt replaces the current one (or, when the passphrase is removed, the salt is deleted); until
 * then the next open finds which salt fits the file ({@link StoreCipher#filePassword}).</li>
 * </ol>
 */
public final class StoreRewrite {

    /** Where a test makes the rewrite stop as a crash would. */
    interface Steps {
        Steps NONE = step -> { };

        void reached(String step) throws IOException;
    }

    private static final int CHUNK = 1 << 20;

    private StoreRewrite() {
    }

    /**
     * Rewrites the closed store in the folder under the next passphrase (null: unencrypted).
     *
     * @param current the passphrase it has now (null when it is not encrypted)
     * @throws CancellationException when the progress asked to stop (the store is left as it was)
     */
    public static void change(Path directory, Passphrase current, Passphrase next, Progress progress)
            throws StoreException {
        change(directory, current, next, progress, Steps.NONE);
    }

    static void change(Path directory, Passphrase current, Passphrase next, Progress progress, Steps steps)
            throws StoreException {
        Path dir = Database.claim(directory);
        try {
            if (!Files.isRegularFile(StoreCipher.databaseFile(dir))) {
                throw new StoreException("There is no store in " + dir + "; name the folder that holds the store.");
            }
            String oldPassword = StoreCipher.filePassword(dir, current);
            StoreSalt.Made made = next == null ? null : made(next);
            rewrite(dir, oldPassword, made, progress, steps);
        } catch (IOException e) {
            throw StoreFaults.opening(dir, e);
        } finally {
            Database.forget(dir);
        }
    }

    private static StoreSalt.Made made(Passphrase next) {
        char[] chars = next.chars();
        try {
            return StoreSalt.create(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static void rewrite(Path dir, String oldPassword, StoreSalt.Made made, Progress progress, Steps steps)
            throws IOException, StoreException {
        Path db = StoreCipher.databaseFile(dir);
        Path rewritten = dir.resolve(StoreCipher.REWRITE_FILE);
        Path nextSalt = dir.resolve(StoreSalt.NEXT_FILE);
        try {
            try (FileChannel source = FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = lock(dir, source);
                try {
                    if (made != null) {
                        made.salt().write(nextSalt);
                    }
                    steps.reached("salt written");
                    copy(source, db, oldPassword, rewritten, made == null ? null : made.filePassword(), progress);
                    steps.reached("copied");
                } finally {
                    lock.release();
                }
            }
        } catch (IOException | RuntimeException e) {
            StoreCipher.deleteQuietly(rewritten);
            StoreCipher.deleteQuietly(nextSalt);
            throw e;
        }
        // the source is closed before the move: Windows cannot replace a file that is open
        Files.move(rewritten, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(dir);
        steps.reached("moved");
        Path salt = dir.resolve(StoreSalt.FILE);
        if (made != null) {
            Files.move(nextSalt, salt, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(salt);
        }
        syncFolder(dir);
    }

    private static FileLock lock(Path dir, FileChannel source) throws IOException, StoreException {
        FileLock lock;
        try {
            lock = source.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StoreException(StoreFaults.sentence(StoreProblem.BUSY, dir, null), StoreProblem.BUSY, null);
        }
        return lock;
    }

    /** Copies every block of the store's file, decrypted with the old key and encrypted with the new one. */
    private static void copy(FileChannel source, Path db, String oldPassword, Path target, String newPassword,
                             Progress progress) throws IOException {
        // the source is not closed through its wrapper: closing it would close the channel that holds the lock
        FileChannel in = oldPassword == null ? source : new FileEncrypt(db.toString(), StoreCipher.key(oldPassword),
                source);
        Files.deleteIfExists(target);
        OwnerOnly.createFile(target);
        FileChannel base = FileChannel.open(target, StandardOpenOption.WRITE);
        try (FileChannel out = newPassword == null ? base : new FileEncrypt(target.toString(),
                StoreCipher.key(newPassword), base)) {
            long total = in.size();
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            for (long at = 0; at < total; at += CHUNK) {
                progress.checkCancelled();
                buffer.clear().limit((int) Math.min(CHUNK, total - at));
                while (buffer.hasRemaining() && in.read(buffer, at + buffer.position()) > 0) {
                    continue;
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer, at + buffer.position());
                }
                progress.progress(Math.min(total, at + CHUNK), total);
            }
            out.force(true);
        } finally {
            base.close();
        }
    }

    /** Makes the moves in the folder durable (where the system allows syncing a folder). */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder as a channel; its moves are durable through the file system's journal
        }
    }
}
