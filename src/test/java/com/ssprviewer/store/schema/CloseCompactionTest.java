package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloseCompactionTest {

    @TempDir
    Path dir;

    @Test
    void aMillionEventImportIsCompactedAtClose() {
        // 600 MB right after the import, half of it dead chunks
        assertTrue(CloseCompaction.worthIt(600L << 20, 100, 50));
        // free blocks count as dead too
        assertTrue(CloseCompaction.worthIt(200L << 20, 60, 100));
    }

    @Test
    void aSmallImportLeavesItsFewDeadMegabytesForReuse() {
        // a 75,000-row classic report into a new store: 36 MB, 72% of its chunks live
        assertFalse(CloseCompaction.worthIt(36L << 20, 100, 72));
        assertFalse(CloseCompaction.worthIt(2L << 30, 100, 97));
    }

    @Test
    void aSmallFileIsCompactedWhateverItsDeadSpace() {
        assertTrue(CloseCompaction.worthIt(2L << 20, 100, 90));
    }

    @Test
    void aSmallWriteIntoAStoreOfSomeSizeIsNotWorthARewrite() throws Exception {
        Database db = Database.open(dir.resolve("small"));
        try {
            fill(db, 24, 1 << 20);
            db.persist();
            assertFalse(CloseCompaction.worthIt(db::h2Store));
        } finally {
            db.close();
        }
    }

    @Test
    void closingAfterAnImportThatLeftMuchDeadSpaceRewritesTheFileWithoutIt() throws Exception {
        Path folder = dir.resolve("large");
        Database db = Database.open(folder);
        try {
            fill(db, 96, 1 << 20);
            db.execute("DROP TABLE scratch");
            db.persist();
            assertTrue(CloseCompaction.worthIt(db::h2Store));
            db.imported();
        } finally {
            db.close();
        }
        assertTrue(Files.size(folder.resolve(Database.FILE_NAME + ".mv.db")) < CloseCompaction.DEAD_BYTES / 2,
                "the dropped 96 MB are gone from the file");
    }

    private static void fill(Database db, int rows, int bytes) throws Exception {
        db.execute("CREATE TABLE scratch (id INT PRIMARY KEY, data VARBINARY(" + bytes + "))");
        Random random = new Random(1);
        Connection c = db.borrow();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO scratch VALUES (?, ?)")) {
            for (int i = 0; i < rows; i++) {
                byte[] data = new byte[bytes];
                random.nextBytes(data);
                p.setInt(1, i);
                p.setBytes(2, data);
                p.executeUpdate();
            }
        } finally {
            db.release(c);
        }
    }
}
