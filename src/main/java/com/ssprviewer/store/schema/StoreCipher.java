package com.ssprviewer.store.schema;

import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Whether a store's database is encrypted, and the file password that opens it. The database file itself is the
 * truth: H2 starts an encrypted file with its own header, a plain one with {@code H:2}. The salt files only say how
 * to make the file password from the passphrase; after an interrupted passphrase change there may be two (the
 * current and the next), and the one whose file password decrypts the file's first block wins, so the store opens
 * with whichever passphrase the file was left under, and the other salt is removed.
 */
final class StoreCipher {

    /** The database file being rewritten under a new passphrase, until it is moved over the store's file. */
    static final String REWRITE_FILE = "sspr-rewrite.mv.db";
    private static final byte[] ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STORE = "H:2".getBytes(StandardCharsets.US_ASCII);

    private StoreCipher() {
    }

    static Path databaseFile(Path dir) {
        return dir.resolve(Database.FILE_NAME + ".mv.db");
    }

    /** Whether the store's database file is encrypted (false when there is none). */
    static boolean encrypted(Path dir) throws IOException {
        Path db = databaseFile(dir);
        if (!Files.isRegularFile(db)) {
            return false;
        }
        byte[] head = new byte[ENCRYPTED.length];
        try (FileChannel in = FileChannel.open(db, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.wrap(head);
            while (b.hasRemaining() && in.read(b) > 0) {
                continue;
            }
        }
        return Arrays.equals(head, ENCRYPTED);
    }

    /**
     * The file password that opens the store with the passphrase, or null for a plain store. A new store is
     * created encrypted when a passphrase is given. Settles what an interrupted passphrase change left behind.
     */
    static String filePassword(Path dir, Passphrase given) throws StoreException, IOException {
        Path saltFile = dir.resolve(StoreSalt.FILE);
        Path nextFile = dir.resolve(StoreSalt.NEXT_FILE);
        if (Files.deleteIfExists(dir.resolve(REWRITE_FILE))) {
            // the rewrite never reached its move: the store's file is as it was, under the current salt
            deleteQuietly(nextFile);
        }
        if (!Files.exists(databaseFile(dir))) {
            deleteQuietly(nextFile);
            return given == null ? unencrypted(saltFile) : newStore(saltFile, given);
        }
        if (!encrypted(dir)) {
            deleteQuietly(nextFile);
            return unencrypted(saltFile);
        }
        if (given == null) {
            throw new StoreException("The store " + dir + " is encrypted and needs its passphrase.",
                    StoreProblem.PASSPHRASE_NEEDED, null);
        }
        StoreSalt current = StoreSalt.read(saltFile);
        StoreSalt next = StoreSalt.read(nextFile);
        if (current == null && next == null) {
            throw new StoreException("The store " + dir + " is encrypted but its salt file " + StoreSalt.FILE
                    + " is missing; copy the whole store folder, " + StoreSalt.FILE + " included.", null);
        }
        char[] chars = given.chars();
        try {
            String fromNext = next == null ? null : fitting(dir, next, chars);
            if (fromNext != null) {
                Files.move(nextFile, saltFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return fromNext;
            }
            String fromCurrent = current == null ? null : fitting(dir, current, chars);
            if (fromCurrent != null) {
                deleteQuietly(nextFile);
                return fromCurrent;
            }
        } finally {
            Arrays.fill(chars, '\0');
        }
        throw wrong(dir);
    }

    static StoreException wrong(Path dir) {
        return new StoreException("The passphrase does not open the store " + dir + "; check it and try again.",
                StoreProblem.WRONG_PASSPHRASE, null);
    }

    /** The salt's file password for the passphrase when it is the one the store's file is encrypted with. */
    private static String fitting(Path dir, StoreSalt salt, char[] passphrase) throws IOException {
        String password = salt.filePassword(passphrase);
        return password != null && opensWith(databaseFile(dir), password) ? password : null;
    }

    /** Whether the file password decrypts the file's first block to the start of an H2 store. */
    static boolean opensWith(Path db, String filePassword) throws IOException {
        try (FileChannel base = FileChannel.open(db, StandardOpenOption.READ)) {
            FileChannel in = new FileEncrypt(db.toString(), key(filePassword), base);
            ByteBuffer block = ByteBuffer.allocate(FileEncrypt.BLOCK_SIZE);
            while (block.hasRemaining() && in.read(block, block.position()) > 0) {
                continue;
            }
            return Arrays.equals(Arrays.copyOf(block.array(), STORE.length), STORE);
        }
    }

    /** The key H2 makes of a file password (as it does from the part of PASSWORD before the space). */
    static byte[] key(String filePassword) {
        return FilePathEncrypt.getPasswordBytes(filePassword.toCharArray());
    }

    private static String newStore(Path saltFile, Passphrase given) throws IOException {
        char[] chars = given.chars();
        try {
            StoreSalt kept = StoreSalt.read(saltFile);
            String password = kept == null ? null : kept.filePassword(chars);
            if (password != null) {
                return password;
            }
            StoreSalt.Made made = StoreSalt.create(chars);
            made.salt().write(saltFile);
            return made.filePassword();
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** A plain store needs no salt: one left beside it is from a removal or an encryption that did not land. */
    private static String unencrypted(Path saltFile) {
        deleteQuietly(saltFile);
        return null;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover salt is settled again at the next open; a read-only folder keeps it harmlessly
        }
    }
}
