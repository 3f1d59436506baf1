package com.ssprviewer.handoff;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder {@value #FOLDER} inside a store's folder through which a command hands its import to the open window:
 * {@code ID.request} (written whole: a temporary file moved into place), {@code ID.taken} once the window has it,
 * {@code ID.result} with its answer, {@code ID.cancel} when the command was stopped. The window holds a lock on
 * {@value #PRESENCE} for as long as it watches, so a command knows a window is there, and that it died, at once.
 * Owner-only on POSIX (folder 700, files 600) and never followed through a link: the store holds personal data, and
 * a request names files to read.
 */
public final class Inbox {

    static final String FOLDER = "inbox";
    static final String PRESENCE = "window.lock";
    static final String REQUEST = ".request";
    static final String TAKEN = ".taken";
    static final String RESULT = ".result";
    static final String CANCEL = ".cancel";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** Inboxes this process watches: asked about them, it answers without touching their lock file. */
    private static final Set<Path> WATCHED_HERE = ConcurrentHashMap.newKeySet();

    private final Path folder;

    private Inbox(Path folder) {
        this.folder = folder;
    }

    /** The inbox of the store in {@code store} (which need not exist). */
    public static Inbox of(Path store) {
        return new Inbox(store.toAbsolutePath().normalize().resolve(FOLDER));
    }

    Path folder() {
        return folder;
    }

    Path file(String id, String kind) {
        return folder.resolve(id + kind);
    }

    /**
     * Whether a window of this program watches this inbox now. The watching process itself is answered from memory:
     * closing the file it tests the lock through would release its own lock (POSIX locks belong to the process).
     */
    public boolean windowPresent() {
        if (WATCHED_HERE.contains(folder)) {
            return true;
        }
        Path lock = folder.resolve(PRESENCE);
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock free = channel.tryLock();
            if (free == null) {
                return true;
            }
            free.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the folder owner-only, or makes it so; refuses a link in its place. */
    void create() throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new IOException(folder + " is a link");
        }
        if (POSIX) {
            if (!Files.isDirectory(folder)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Holds the presence lock until closed: waits while a command briefly tests it. */
    FileLock holdPresence() throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(PRESENCE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.lock();
            WATCHED_HERE.add(folder);
            return lock;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Lets go of the presence lock taken with {@link #holdPresence()}. */
    void releasePresence(FileLock lock) throws IOException {
        WATCHED_HERE.remove(folder);
        lock.channel().close();
    }

    /** Writes {@code text} as {@code target} whole: readers see no file or all of it. Owner-only (createTempFile). */
    void writeWhole(Path target, String text) throws IOException {
        Path temp = Files.createTempFile(folder, "write-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads a file of the inbox as hostile input: a regular file (no link), of at most {@code maxBytes}, and on POSIX
     * owned by whoever owns the inbox.
     */
    String readChecked(Path file, int maxBytes) throws IOException, InvalidInboxFile {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInboxFile("is not a regular file");
        }
        if (POSIX && !Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).equals(
                Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS))) {
            throw new InvalidInboxFile("belongs to someone else");
        }
        if (Files.size(file) > maxBytes) {
            throw new InvalidInboxFile("is larger than " + maxBytes + " bytes");
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
