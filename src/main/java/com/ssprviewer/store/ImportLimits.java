package com.ssprviewer.store;

/**
 * How an import paces its work: rows between commits, flow events held to derive attempts without reading them back,
 * and new attempts from which the user index is built whole ({@link UserIndex}). Tests make them small.
 */
record ImportLimits(int commitEvery, int flowMemory, int userIndexAsideFrom) {

    static final ImportLimits DEFAULT = new ImportLimits(Database.COMMIT_ROWS, NewFlows.LIMIT, UserIndex.ASIDE_FROM);

    ImportLimits withCommitEvery(int rows) {
        return new ImportLimits(Math.max(1, rows), flowMemory, userIndexAsideFrom);
    }

    ImportLimits withFlowMemory(int events) {
        return new ImportLimits(commitEvery, Math.max(0, events), userIndexAsideFrom);
    }

    ImportLimits withUserIndexAsideFrom(int attempts) {
        return new ImportLimits(commitEvery, flowMemory, Math.max(1, attempts));
    }
}
