package com.ssprviewer.store.schema;

import com.ssprviewer.store.api.FolderAccess;
import com.ssprviewer.store.api.OpenNotice;
import com.ssprviewer.store.api.Passphrase;
import com.ssprviewer.store.api.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The embedded H2 database of one store directory: opening (with a clear message when another window holds it),
 * migrations, and a small pool of connections so reads can run while an import writes (H2 is MVCC: readers see the
 * last committed state).
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "sspr";
    /**
     * Rows written between commits by every bulk write (imports, the sort key). Small: H2 saves its pages in the
     * background, and a page saved holding uncommitted rows is saved again once they are committed, so large commits
     * leave the file full of half-dead chunks. Small commits are also quicker, likely because a commit walks the
     * B-tree path of every entry it makes final while those pages are still in the processor's cache. The README's
     * Performance section has the figures.
     */
    public static final int COMMIT_ROWS = 500;
    /** Page cache (KB) for reading: scans and unindexed sorts need more than H2's 16 MB default to stay in memory. */
    public static final int READ_CACHE_KB = 65_536;
    /** Page cache (KB) while importing: a larger cache slows inserts, whose pages are written once and left. */
    public static final int IMPORT_CACHE_KB = 16_384;
    private static final Set<Path> OPEN_IN_THIS_PROCESS = new HashSet<>();

    private final Path directory;
    private final StoreConnector connector;
    private final Connection keeper;
    private final FolderAccess access;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;
    private volatile Visible visible = Visible.ALL;
    private volatile boolean imported;
    private volatile boolean readOnly;
    private volatile boolean diskFull;
    private final Strings strings = new Strings();

    private Database(Path directory, StoreConnector connector, Connection keeper, FolderAccess access) {
        this.directory = directory;
        this.connector = connector;
        this.keeper = keeper;
        this.access = access;
    }

    /** Opens a plain store (tests and tools); {@link #open(Path, Passphrase)} with no passphrase. */
    public static Database open(Path directory) throws StoreException {
        return open(directory, null, OpenNotice.NONE, false);
    }

    /** Opens the store, telling {@code notice} before cleaning up an unfinished import takes a while. */
    public static Database open(Path directory, OpenNotice notice) throws StoreException {
        return open(directory, null, notice, false);
    }

    /** Opens the store in the folder, encrypted with {@code passphrase} (null: a plain store). */
    public static Database open(Path directory, Passphrase passphrase) throws StoreException {
        return open(directory, passphrase, OpenNotice.NONE, false);
    }

    /**
     * Opens the store for reading only, whether or not its file could be written: for a copy of a store another
     * process holds, whose unfinished import must stay hidden rather than be removed.
     */
    public static Database openReadOnly(Path directory, Passphrase passphrase) throws StoreException {
        return open(directory, passphrase, OpenNotice.NONE, true);
    }

    /**
     * Opens the store in the folder, creating it when missing (encrypted when a passphrase is given).
     *
     * @param passphrase the passphrase of an encrypted store; null for a plain store (an encrypted one is then
     *                   refused with {@link com.ssprviewer.store.api.StoreProblem#PASSPHRASE_NEEDED})
     * @param notice     told before cleaning up an unfinished import takes a while
     * @param forReading never writes: a copy of a store another process holds
     */
    public static Database open(Path directory, Passphrase passphrase, OpenNotice notice, boolean forReading)
            throws StoreException {
        Path dir = claim(directory);
        try {
            FolderAccess access = ownerOnly(dir);
            StoreConnector.Opened opened = connect(dir, StoreCipher.filePassword(dir, passphrase), forReading);
            Connection keeper = opened.connection();
            if (keeper.isReadOnly()) {
                // H2 opens a store it cannot write read-only: it is shown as it is, an unfinished import hidden
                Database db = new Database(dir, opened.connector(), keeper, access);
                db.readOnly = true;
                db.visible(ImportCleanup.unfinished(keeper));
                return db;
            }
            Migrations.apply(keeper);
            cacheSize(keeper, READ_CACHE_KB);
            long leftover = ImportCleanup.leftoverRows(keeper);
            if (leftover > 0 && !roomToClean(dir, leftover)) {
                // cleaning up rewrites several times what the rows took: on a full disk it would fail halfway and
                // leave the store unopenable, so the store opens for viewing, the unfinished import hidden
                Database db = new Database(dir, opened.connector(), keeper, access);
                db.readOnly = true;
                db.diskFull = true;
                db.visible(ImportCleanup.unfinished(keeper));
                return db;
            }
            if (leftover >= ImportCleanup.NOTICE_ROWS) {
                notice.cleaningUp(leftover);
            }
            ImportCleanup.abandoned(keeper);
            return new Database(dir, opened.connector(), keeper, access);
        } catch (StoreException e) {
            forget(dir);
            throw e;
        } catch (SQLException | RuntimeException e) {
            forget(dir);
            throw StoreFaults.opening(dir, e);
        } catch (IOException e) {
            forget(dir);
            throw new StoreException("The store folder " + dir
                    + " cannot be created; choose a folder you can write to.", StoreFaults.classify(e), e);
        }
    }

    /** Whether the store in the folder is encrypted (false when there is none, or it cannot be read). */
    public static boolean encrypted(Path directory) {
        try {
            return StoreCipher.encrypted(directory.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** Marks the store as in use by this process (refused when it already is); returns its normalized folder. */
    static Path claim(Path directory) throws StoreException {
        Path dir = directory.toAbsolutePath().normalize();
        synchronized (OPEN_IN_THIS_PROCESS) {
            if (!OPEN_IN_THIS_PROCESS.add(dir)) {
                throw new StoreException("The store " + dir + " is already open in this program; use that window.");
            }
        }
        return dir;
    }

    /**
     * Whether the disk has room to clean up an unfinished import of {@code rows} rows: four times what they take
     * (about 300 bytes each), at least 16 MB. A disk that cannot say is taken to have room.
     */
    private static boolean roomToClean(Path dir, long rows) {
        try {
            return Files.getFileStore(dir).getUsableSpace() >= Math.max(16L << 20, rows * 1_200);
        } catch (IOException e) {
            return true;
        }
    }

    /** Creates the folder (and any missing above it) owner-only, or takes other accounts' access to it away. */
    private static FolderAccess ownerOnly(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return OwnerOnly.restrict(dir);
        }
        OwnerOnly.createDirectories(dir);
        return FolderAccess.OWNER_ONLY;
    }

    private static StoreConnector.Opened connect(Path dir, String filePassword, boolean forReading)
            throws SQLException, StoreException, IOException {
        try {
            return StoreConnector.open(dir, filePassword, forReading);
        } catch (SQLException e) {
            if (e.getErrorCode() == StoreConnector.WRONG_PASSWORD) {
                throw new StoreException("The store " + dir + " cannot be opened: its key file "
                        + StoreConnector.KEY_FILE + " is missing or belongs to another store; copy the whole store"
                        + " folder, " + StoreConnector.KEY_FILE + " included.", e);
            }
            throw e;
        }
    }

    public static void cacheSize(Connection c, int kb) throws SQLException {
        try (java.sql.PreparedStatement p = c.prepareStatement("SET CACHE_SIZE ?")) {
            p.setInt(1, kb);
            p.execute();
        }
    }

    public Path directory() {
        return directory;
    }

    /** Whether the store could only be opened for reading (its folder or file cannot be written). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether the store is open for viewing only because its disk is full. */
    public boolean diskFull() {
        return diskFull;
    }

    /** Who could reach the store's folder when it was opened. */
    public FolderAccess access() {
        return access;
    }

    /** What readers may see now (everything but the rows of a running import). */
    public Visible visible() {
        return visible;
    }

    /** Notes that an import wrote rows, so closing rewrites the file without the space they left dead, if worth it. */
    public void imported() {
        imported = true;
    }

    /** The dictionary of repeated texts, cached for the life of the store. */
    public Strings strings() {
        return strings;
    }

    public void visible(Visible v) {
        visible = v;
    }

    /** A pooled connection in auto-commit mode; give it back with {@link #release(Connection)}. */
    public Connection borrow() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
        Connection c = idle.pollFirst();
        return c != null ? c : connector.connect();
    }

    /** Work done inside one transaction. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs small work in one transaction: committed whole, or rolled back whole (by {@link #release}). */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        Connection c = borrow();
        try {
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            return result;
        } finally {
            release(c);
        }
    }

    public void release(Connection c) {
        try {
            if (closed || c.isClosed()) {
                c.close();
                return;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            idle.addFirst(c);
        } catch (SQLException e) {
            closeQuietly(c);
        }
    }

    /** Runs a statement that needs no result (settings, maintenance). */
    public void execute(String sql) throws SQLException {
        try (Statement s = keeper.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Writes every commit so far to the file and forces it to the disk: H2 otherwise writes commits in the
     * background a moment later, and what is reported done must survive a crash (or power loss) right after.
     */
    public void persist() throws SQLException {
        execute("CHECKPOINT SYNC");
    }

    /**
     * Rewrites the file without the dead space copy-on-write leaves behind after a large import (H2 does this only
     * briefly at close), for at most the given time.
     */
    public void compact(int maxMillis) throws SQLException {
        h2Store().compactFile(maxMillis);
    }

    org.h2.mvstore.db.Store h2Store() throws SQLException {
        org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal) keeper
                .unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        return session.getDatabase().getStore();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            closeQuietly(c);
        }
        try (Statement s = keeper.createStatement()) {
            boolean compact = imported && !readOnly && CloseCompaction.worthIt(this::h2Store);
            s.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            closeQuietly(keeper);
        } finally {
            forget(directory);
        }
    }

    static void forget(Path dir) {
        synchronized (OPEN_IN_THIS_PROCESS) {
            OPEN_IN_THIS_PROCESS.remove(dir);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; the database itself is shut down by the keeper
        }
    }
}
