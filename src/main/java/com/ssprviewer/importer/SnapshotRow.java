package com.ssprviewer.importer;

import com.ssprviewer.model.UserRegistration;

/** What a registration snapshot reader yields for each row or record: a user's state, or a rejection of that row. */
public sealed interface SnapshotRow permits SnapshotRow.User, SnapshotRow.Rejected {

    /** The physical line (1-based, header = line 1) where the row or record starts. */
    long line();

    /**
     * A row read as one user's state.
     *
     * @param warning what the row did not say though it was read (e.g. its methods are unknown); null when nothing
     */
    record User(UserRegistration user, long line, String warning) implements SnapshotRow {
    }

    /** A row that cannot be read, with a reason a person can act on. */
    record Rejected(long line, String reason) implements SnapshotRow {
    }
}
