package com.ssprviewer.store.api;

/**
 * What kind of fault stopped the store, so the command line can give each its own exit code and the window its own
 * advice. Never stored.
 */
public enum StoreProblem {
    /** Another window or command has the store open. */
    BUSY,
    /** The disk holding the store is full. */
    NO_SPACE,
    /** The store's folder or files cannot be written (read-only disk, folder or file, or no permission). */
    CANNOT_WRITE,
    /** The store's file is damaged (not a store, cut short, or unreadable). */
    DAMAGED,
    /** The program is closing while the store was in use (Ctrl+C, logging off). */
    CLOSING,
    /** The store is encrypted and no passphrase was given. */
    PASSPHRASE_NEEDED,
    /** The passphrase given does not open the encrypted store. */
    WRONG_PASSPHRASE,
    /** Anything else: the message says what. */
    OTHER
}
