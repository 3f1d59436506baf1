package com.ssprviewer.store.api;

/** Who could reach a store's folder when it was opened, and whether opening made it its owner's only. */
public enum FolderAccess {
    /** Only the owner could reach the folder and its files. */
    OWNER_ONLY,
    /** Other accounts could read the folder or its files; opening took their access away. */
    MADE_OWNER_ONLY,
    /** Other accounts can read the folder or its files, and this account cannot change that (it is not the owner). */
    OPEN_TO_OTHERS
}
