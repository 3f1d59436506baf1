package com.ssprviewer.store.imports;

import com.ssprviewer.store.api.StoreAccessException;
import com.ssprviewer.store.api.StoreProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses, before a byte is written, an import the disk holding the store has no room for. An import that runs out
 * of space midway leaves a store that cannot even be cleaned up until space is freed (taking back its rows rewrites
 * several times what they took), so the import asks for room first: as much as the file (the store grows by less
 * than half the file for every export format) and a margin of half the file, at least 8 MB, for cleaning up and
 * compacting.
 */
public final class RoomToImport {
    /** The least margin beyond the file's size. */
    static final long MARGIN = 8L << 20;

    private RoomToImport() {
    }

    /** @throws StoreAccessException with {@link StoreProblem#NO_SPACE} when the disk has too little room */
    public static void check(Path storeDir, Path file, long fileSize, ImportTuning.DiskSpace space) {
        long usable;
        try {
            usable = space.usable(storeDir);
        } catch (IOException e) {
            return; // a disk that cannot say how full it is gets the import's own failure if it fills up
        }
        long needed = fileSize + Math.max(MARGIN, fileSize / 2);
        if (usable < needed) {
            throw new StoreAccessException(String.format(Locale.ROOT, "The disk holding the store %s has %s free;"
                    + " importing %s (%s) needs about %s, so nothing was imported; free some space on it (or use a"
                    + " store on another disk) and try again.", storeDir, megabytes(usable), file.getFileName(),
                    megabytes(fileSize), megabytes(needed)), StoreProblem.NO_SPACE, null);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
}
