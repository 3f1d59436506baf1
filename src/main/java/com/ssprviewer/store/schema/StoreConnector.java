package com.ssprviewer.store.schema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;

/**
 * How the program connects to a store's database, credentials and settings in one place. The URL names only the
 * database file, through {@link StoreFileSystem}, so no folder name can add a setting; the user, the password and
 * every setting travel as properties. Each store has its own random password, kept owner-only in {@link #KEY_FILE}
 * beside the database: a copy of the whole folder opens, and stock H2's {@code sa} with an empty password (which
 * every store had before) does not. A store still on the empty password gets its key at its first open. An
 * encrypted store's database is opened with H2's AES cipher and the file password {@link StoreCipher} made from
 * the passphrase, given before the key as H2 expects ({@code "<file password> <user password>"}).
 */
final class StoreConnector {

    /** The file in the store folder that holds the database's password. */
    static final String KEY_FILE = "sspr.key";
    /** H2's answer to a wrong user name or password. */
    static final int WRONG_PASSWORD = 28000;
    private static final String USER = "SA";
    private static final String EMPTY_PASSWORD = "";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final String filePassword;
    private final String password;
    private final boolean readOnly;

    private StoreConnector(String url, String filePassword, String password, boolean readOnly) {
        this.url = url;
        this.filePassword = filePassword;
        this.password = password;
        this.readOnly = readOnly;
    }

    /** A connector and the first connection it made (which proves its password). */
    record Opened(StoreConnector connector, Connection connection) {
    }

    /**
     * Connects to the database in {@code dir}, creating it with a new key when there is none, and giving a store
     * on the empty password its own key. A folder this account cannot write keeps its store as it is.
     *
     * @param filePassword the file password of an encrypted store, null for a plain one
     * @param readOnly     a connection that never writes (a copy of a store another process holds): no key is
     *                     written and the store keeps the password it has
     */
    static Opened open(Path dir, String filePassword, boolean readOnly) throws SQLException, IOException {
        String url = "jdbc:h2:" + StoreFileSystem.databaseName(dir.resolve(Database.FILE_NAME));
        Path keyFile = dir.resolve(KEY_FILE);
        String key = readKey(keyFile);
        if (!Files.exists(dir.resolve(Database.FILE_NAME + ".mv.db")) && !readOnly) {
            String fresh = key != null ? key : writeNewKey(keyFile);
            return opened(url, filePassword, fresh, false);
        }
        if (key != null) {
            try {
                return opened(url, filePassword, key, readOnly);
            } catch (SQLException e) {
                if (e.getErrorCode() != WRONG_PASSWORD) {
                    throw e;
                }
            }
        }
        if (readOnly) {
            return opened(url, filePassword, EMPTY_PASSWORD, true);
        }
        Connection unkeyed = connect(url, filePassword, EMPTY_PASSWORD, false);
        return new Opened(new StoreConnector(url, filePassword, giveKey(unkeyed, keyFile, key), false), unkeyed);
    }

    /** A new connection with the store's credentials and settings. */
    Connection connect() throws SQLException {
        return connect(url, filePassword, password, readOnly);
    }

    private static Opened opened(String url, String filePassword, String password, boolean readOnly)
            throws SQLException {
        return new Opened(new StoreConnector(url, filePassword, password, readOnly),
                connect(url, filePassword, password, readOnly));
    }

    /**
     * Moves a store from the empty password to its key (written first, so a crash in between leaves a key the next
     * open moves it to); returns the password the store has afterwards.
     */
    private static String giveKey(Connection c, Path keyFile, String existing) {
        String key;
        try {
            key = existing != null ? existing : writeNewKey(keyFile);
        } catch (IOException e) {
            return EMPTY_PASSWORD;
        }
        try (PreparedStatement p = c.prepareStatement("ALTER USER " + USER + " SET PASSWORD ?")) {
            p.setString(1, key);
            p.execute();
            return key;
        } catch (SQLException e) {
            if (existing == null) {
                deleteQuietly(keyFile);
            }
            return EMPTY_PASSWORD;
        }
    }

    private static Connection connect(String url, String filePassword, String password, boolean readOnly)
            throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("ACCESS_MODE_DATA", "r");
        }
        p.setProperty("USER", USER);
        if (filePassword == null) {
            p.setProperty("PASSWORD", password);
        } else {
            p.setProperty("CIPHER", "AES");
            p.setProperty("PASSWORD", filePassword + " " + password);
        }
        // The program closes its stores itself. When a command is stopped (Ctrl+C), its work first unwinds (an import
        // removes its rows) while the process ends, which needs the database still open: H2 then only writes what
        // is committed at exit instead of closing the database under that work.
        p.setProperty("DB_CLOSE_ON_EXIT", "FALSE");
        // H2's background writer stores pages LZF-compressed, which about halves the file during and after an
        // import for little CPU on a thread the import does not wait for.
        p.setProperty("COMPRESS", "TRUE");
        // H2 writes no sspr.trace.db (which grew with every refused open); StoreLog keeps what support needs.
        p.setProperty("TRACE_LEVEL_FILE", "0");
        // A reader's small write (a kept landmark) waits for the background work's batch rather than failing when
        // a busy machine makes that batch slow.
        p.setProperty("LOCK_TIMEOUT", "10000");
        return DriverManager.getConnection(url, p);
    }

    private static String readKey(Path keyFile) throws IOException {
        if (!Files.isRegularFile(keyFile)) {
            return null;
        }
        String key = Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
        return key.isEmpty() ? null : key;
    }

    /**
     * Puts a new random key in place whole (a temporary file linked into place), owner-only, and returns the key the
     * store then has: another process creating the same store at the same moment may have put its key there first,
     * and both must use that one.
     */
    static String writeNewKey(Path keyFile) throws IOException {
        byte[] random = new byte[KEY_BYTES];
        RANDOM.nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temp = keyFile.resolveSibling(KEY_FILE + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".new");
        OwnerOnly.createFile(temp);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            if (placeIfAbsent(temp, keyFile)) {
                return key;
            }
            String first = readKey(keyFile);
            if (first == null) {
                throw new IOException("The key file " + keyFile + " is empty.");
            }
            return first;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Links the whole file into place unless a file is already there; false when one is. */
    private static boolean placeIfAbsent(Path whole, Path target) throws IOException {
        try {
            Files.createLink(target, whole);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // a file system without hard links: a move that does not replace (atomic on Windows)
            try {
                Files.move(whole, target);
                return true;
            } catch (FileAlreadyExistsException exists) {
                return false;
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the next open finds a key that does not match and moves the store to it then
        }
    }
}
