package com.ssprviewer.store.api;

import com.ssprviewer.model.StoredCode;
import java.util.Map;

/**
 * The lists of members kept with each snapshot: the ones admins chase on the snapshot itself and the changes since
 * the snapshot before it. The code names the list in the store: never change or reuse one.
 */
public enum SnapshotList implements StoredCode<Integer> {
    /** Enabled for SSPR, not registered for it. */
    ENABLED_NOT_REGISTERED(1),
    /** Administrators who could not reset their own password. */
    ADMINS_NOT_CAPABLE(2),
    /** The export did not say which methods they registered. */
    METHODS_UNKNOWN(3),
    /** SSPR registered now, not in the previous snapshot (new members who are, too). */
    NEWLY_REGISTERED(4),
    /** SSPR registered in the previous snapshot, listed now and not registered. */
    LOST_REGISTRATION(5),
    /** Members now who were not members of the previous snapshot. */
    NEW_USERS(6),
    /** Members of the previous snapshot who are not members now. */
    GONE_USERS(7);

    private static final Map<Integer, SnapshotList> BY_CODE = StoredCode.byCode(SnapshotList.class);

    private final int code;

    SnapshotList(int code) {
        this.code = code;
    }

    @Override
    public Integer code() {
        return code;
    }

    /** The list a stored code names. */
    public static SnapshotList ofCode(int code) {
        return StoredCode.find(BY_CODE, code, "snapshot list");
    }
}
