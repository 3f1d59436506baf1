package com.ssprviewer.store.imports;

import com.ssprviewer.store.schema.Database;
import com.ssprviewer.store.schema.UserIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How an import paces its work: rows between commits, flow events held to derive attempts without reading them back,
 * and new attempts from which the user index is built whole ({@link UserIndex}); and whom it tells as it passes each
 * {@link ImportStage}. The store imports with {@link #DEFAULT}; tests make the numbers small and fail at chosen stages.
 */
public record ImportTuning(int commitEvery, int flowMemory, int userIndexAsideFrom, Hook hook, DiskSpace space) {

    /** Hears an import pass a stage; throwing makes the import fail there. */
    @FunctionalInterface
    public interface Hook {
        /** Does nothing: the store's own imports pass every stage unheard. */
        Hook NONE = (stage, count) -> { };

        void at(ImportStage stage, long count) throws Exception;
    }

    /** Tells how many bytes the disk holding a folder has free for this account. */
    @FunctionalInterface
    public interface DiskSpace {
        /** The file system's own answer. */
        DiskSpace SYSTEM = folder -> Files.getFileStore(folder).getUsableSpace();

        long usable(Path folder) throws IOException;
    }

    public static final ImportTuning DEFAULT = new ImportTuning(Database.COMMIT_ROWS, NewFlows.LIMIT,
            UserIndex.ASIDE_FROM, Hook.NONE, DiskSpace.SYSTEM);

    public ImportTuning withCommitEvery(int rows) {
        return new ImportTuning(Math.max(1, rows), flowMemory, userIndexAsideFrom, hook, space);
    }

    public ImportTuning withFlowMemory(int events) {
        return new ImportTuning(commitEvery, Math.max(0, events), userIndexAsideFrom, hook, space);
    }

    public ImportTuning withUserIndexAsideFrom(int attempts) {
        return new ImportTuning(commitEvery, flowMemory, Math.max(1, attempts), hook, space);
    }

    public ImportTuning withHook(Hook h) {
        return new ImportTuning(commitEvery, flowMemory, userIndexAsideFrom, h == null ? Hook.NONE : h, space);
    }

    /** The same pacing with the disk's free space told by {@code s} (tests stand in for a nearly full disk). */
    public ImportTuning withDiskSpace(DiskSpace s) {
        return new ImportTuning(commitEvery, flowMemory, userIndexAsideFrom, hook, s);
    }
}
