package com.ssprviewer.store;

import static com.ssprviewer.store.Fixtures.at;
import static com.ssprviewer.store.Fixtures.importRows;
import static com.ssprviewer.store.Fixtures.successFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ssprviewer.store.api.FolderAccess;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store is its owner's only: its folder 700 and its files 600 (and access others were given later taken away at
 * the next open, with a notice), and its database has a password of its own rather than H2's {@code sa} with an
 * empty one, which every store had before and which stores written then are moved off at their first open.
 */
class OwnerOnlyStoreTest {

    private static final String KEY = "sspr.key";

    @TempDir
    Path dir;

    @Test
    void aNewStoreFolderAndTheFoldersMadeForItAreTheOwnersOnlyAndSoIsEveryFileInIt() throws Exception {
        assumeTrue(posix());
        Path store = dir.resolve("made").resolve("for").resolve("store");
        try (Store s = Store.open(store)) {
            assertEquals(FolderAccess.OWNER_ONLY, s.folderAccess());
            importRows(s, "a.csv", successFlow(at(0), "c", "a@x.com"));
        }
        assertEquals("rwx------", permissions(store));
        assertEquals("rwx------", permissions(dir.resolve("made")));
        assertEquals("rwx------", permissions(dir.resolve("made").resolve("for")));
        try (Stream<Path> files = Files.list(store)) {
            files.forEach(f -> assertEquals("rw-------", permissions(f), f.toString()));
        }
        assertTrue(Files.exists(store.resolve(KEY)));
    }

    @Test
    void aStoreLoosenedByHandIsMadeTheOwnersOnlyAgainWhenItOpensAndSaysSo() throws Exception {
        assumeTrue(posix());
        Path store = dir.resolve("store");
        Store.open(store).close();
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Stream<Path> files = Files.list(store)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        try (Store s = Store.open(store)) {
            assertEquals(FolderAccess.MADE_OWNER_ONLY, s.folderAccess());
        }
        assertEquals("rwx------", permissions(store));
        try (Stream<Path> files = Files.list(store)) {
            files.forEach(f -> assertEquals("rw-------", permissions(f), f.toString()));
        }
        try (Store s = Store.open(store)) {
            assertEquals(FolderAccess.OWNER_ONLY, s.folderAccess());
        }
    }

    @Test
    void stockH2WithSaAndAnEmptyPasswordCannotOpenAStoreCreatedNow() throws Exception {
        Path store = dir.resolve("store");
        Store.open(store).close();
        SQLException refused = assertThrows(SQLException.class, () -> stockH2(store).close());
        assertEquals(28000, refused.getErrorCode(), refused.getMessage());
    }

    @Test
    void everyStoreHasAPasswordOfItsOwn() throws Exception {
        Store.open(dir.resolve("one")).close();
        Store.open(dir.resolve("two")).close();
        assertNotEquals(Files.readString(dir.resolve("one").resolve(KEY)),
                Files.readString(dir.resolve("two").resolve(KEY)));
    }

    @Test
    void aStoreWrittenByAnEarlierReleaseMovesToAPasswordOfItsOwnAtItsFirstOpen() throws Exception {
        Path store = earlierReleaseStore();
        stockH2(store).close();
        long events;
        try (Store s = Store.open(store)) {
            events = s.count(ListKind.EVENTS, EventFilter.NONE);
        }
        assertTrue(events > 0);
        assertTrue(Files.exists(store.resolve(KEY)));
        SQLException refused = assertThrows(SQLException.class, () -> stockH2(store).close());
        assertEquals(28000, refused.getErrorCode(), refused.getMessage());
        try (Store s = Store.open(store)) {
            assertEquals(events, s.count(ListKind.EVENTS, EventFilter.NONE));
        }
    }

    @Test
    void aCopyOfTheWholeFolderOpensAndAStoreWithoutItsKeyIsRefusedNamingIt() throws Exception {
        Path store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            importRows(s, "a.csv", successFlow(at(0), "c", "a@x.com"));
        }
        Path copy = Files.createDirectories(dir.resolve("copy"));
        try (Stream<Path> files = Files.list(store)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        try (Store s = Store.open(copy)) {
            assertEquals(4, s.count(ListKind.EVENTS, EventFilter.NONE));
        }
        Files.delete(copy.resolve(KEY));
        StoreException e = assertThrows(StoreException.class, () -> Store.open(copy));
        assertTrue(e.getMessage().contains(KEY), e.getMessage());
    }

    private Path earlierReleaseStore() throws IOException {
        Path store = Files.createDirectories(dir.resolve("earlier"));
        try (InputStream in = getClass().getResourceAsStream("/stores/v0.1.0/store/sspr.mv.db")) {
            Files.copy(in, store.resolve("sspr.mv.db"));
        }
        return store;
    }

    /** What another local account would try: H2's defaults, and no new database if there is none. */
    private static Connection stockH2(Path store) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath().resolve("sspr")
                + ";IFEXISTS=TRUE", "sa", "");
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
