package com.ssprviewer.store.schema;

import java.sql.SQLException;

/**
 * Whether closing the store after an import rewrites its whole file ({@code SHUTDOWN COMPACT}): only when the dead
 * space copy-on-write left in it is worth the rewrite, which costs in proportion to the whole store, not to the
 * import. A small import into a store of some size (the nightly one into a large store, or a classic report) leaves
 * its few dead megabytes for H2 to reuse, and the first close that finds {@link #DEAD_BYTES} or more compacts them
 * with the rest; a file under {@link #SMALL_FILE} is always compacted, its rewrite costing next to nothing. Either
 * way the close is a normal H2 shutdown: the file is whole on disk at every moment.
 */
final class CloseCompaction {

    /** Dead space from which a close after an import rewrites the file. */
    static final long DEAD_BYTES = 64L << 20;
    /** Files below this size are compacted at every close after an import. */
    static final long SMALL_FILE = 16L << 20;

    /** The H2 store of an open database. */
    interface Source {
        org.h2.mvstore.db.Store get() throws SQLException;
    }

    private CloseCompaction() {
    }

    /** True when the file's dead space is worth a rewrite; true also when H2 cannot say (the old behaviour). */
    static boolean worthIt(Source source) {
        try {
            org.h2.mvstore.FileStore<?> file = source.get().getMvStore().getFileStore();
            return worthIt(file.size(), file.getFillRate(), file.getChunksFillRate());
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    /**
     * The rule: a small file, or one whose dead bytes (its free blocks plus the dead part of the chunks in use) reach
     * {@link #DEAD_BYTES}.
     *
     * @param fillRate       percent of the file's blocks in use
     * @param chunksFillRate percent of the bytes in those chunks that are live
     */
    static boolean worthIt(long fileSize, int fillRate, int chunksFillRate) {
        long live = fileSize * fillRate / 100 * chunksFillRate / 100;
        return fileSize < SMALL_FILE || fileSize - live >= DEAD_BYTES;
    }
}
