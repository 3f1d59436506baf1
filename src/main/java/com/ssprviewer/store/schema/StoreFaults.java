package com.ssprviewer.store.schema;

import com.ssprviewer.store.api.StoreAccessException;
import com.ssprviewer.store.api.StoreException;
import com.ssprviewer.store.api.StoreProblem;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The one place that tells what an H2 or file-system failure of the store means for the user: store busy, disk
 * full, cannot write, damaged, or the program closing. Each kind has one sentence naming the store and what to do;
 * H2's own text (and its advice about connection settings) never reaches the user, only the store's log.
 */
public final class StoreFaults {

    private StoreFaults() {
    }

    /** What kind of fault the exception, or any of its causes, is. */
    public static StoreProblem classify(Throwable failure) {
        StoreProblem found = StoreProblem.OTHER;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StoreProblem p = one(t);
            if (p == StoreProblem.NO_SPACE || p == StoreProblem.CANNOT_WRITE) {
                return p;
            }
            if (found == StoreProblem.OTHER) {
                found = p;
            }
        }
        return found;
    }

    /** Whether the failure came from the store (H2) rather than from reading an export file. */
    public static boolean fromStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof MVStoreException) {
                return true;
            }
        }
        return false;
    }

    private static StoreProblem one(Throwable t) {
        String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota exceeded")) {
            return StoreProblem.NO_SPACE;
        }
        if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                || text.contains("read-only file system") || text.contains("permission denied")
                || code(t) == ErrorCode.DATABASE_IS_READ_ONLY) {
            return StoreProblem.CANNOT_WRITE;
        }
        if (t instanceof OverlappingFileLockException || code(t) == ErrorCode.DATABASE_ALREADY_OPEN_1
                || mvCode(t) == DataUtils.ERROR_FILE_LOCKED) {
            return StoreProblem.BUSY;
        }
        if (code(t) == ErrorCode.FILE_CORRUPTED_1 || mvCode(t) == DataUtils.ERROR_FILE_CORRUPT
                || mvCode(t) == DataUtils.ERROR_UNSUPPORTED_FORMAT) {
            return StoreProblem.DAMAGED;
        }
        if (code(t) == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
            return StoreProblem.CLOSING;
        }
        return StoreProblem.OTHER;
    }

    private static int code(Throwable t) {
        return t instanceof SQLException ? ((SQLException) t).getErrorCode() : 0;
    }

    private static int mvCode(Throwable t) {
        return t instanceof MVStoreException ? ((MVStoreException) t).getErrorCode() : 0;
    }

    /** One sentence for the user: what went wrong with the store in the folder and what to do. */
    public static String sentence(StoreProblem problem, Path store, Throwable failure) {
        switch (problem) {
            case BUSY:
                return "The store " + store + " is in use by another window or command of SSPR Audit Viewer;"
                        + " close that window or let the command finish, then try again.";
            case NO_SPACE:
                return "The disk holding the store " + store + " is full; free some space on it (or use a store on"
                        + " another disk) and try again.";
            case CANNOT_WRITE:
                return "The store " + store + " cannot be written (its folder or files are read-only or not yours);"
                        + " make them writable, or copy the store to a folder you can write to.";
            case DAMAGED:
                return "The store " + store + " is damaged and cannot be read; restore the folder from a backup,"
                        + " or import your exports again into a new store.";
            case CLOSING:
                return "The program was closed while it used the store " + store
                        + "; nothing unfinished was kept, so run it again.";
            default:
                return "The store " + store + " could not be used (" + describe(failure)
                        + "); try again, and report it with the store's log " + StoreLog.FILE_NAME
                        + " if it happens again.";
        }
    }

    /** The failure as a {@link StoreException}, logged in the store's log. */
    public static StoreException opening(Path store, Throwable failure) {
        StoreProblem p = classify(failure);
        StoreLog.failure(store, "open", failure);
        return new StoreException(sentence(p, store, failure), p, failure);
    }

    /** The failure as a {@link StoreAccessException}, logged in the store's log. */
    public static StoreAccessException access(Path store, String doing, Throwable failure) {
        StoreProblem p = classify(failure);
        StoreLog.failure(store, doing, failure);
        return new StoreAccessException(sentence(p, store, failure), p, failure);
    }

    /** A short neutral name of an unclassified failure: H2's error number, or the kind of exception. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && ((SQLException) t).getErrorCode() != 0) {
                return "error " + ((SQLException) t).getErrorCode();
            }
        }
        return failure == null ? "unknown error" : failure.getClass().getSimpleName();
    }
}
