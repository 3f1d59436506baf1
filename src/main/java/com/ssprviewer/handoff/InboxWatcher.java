package com.ssprviewer.handoff;

import com.ssprviewer.work.Threads;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The window's side of the inbox of its store: while open, it holds the presence lock and takes every request that
 * arrives (a file-system watch, with a slow look as a fallback where watching misses a move), moving it to
 * {@code .taken} so the command knows it is in hand, and gives it to the handler on its own thread. A request that
 * is not what this program writes is answered with why it was refused. Inbox files left for a day are removed.
 */
public final class InboxWatcher implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("[0-9a-f-]{1,64}");
    private static final long LOOK_SECONDS = 2;
    private static final Duration STALE = Duration.ofDays(1);

    private final Inbox inbox;
    private final Consumer<HandedOff> handler;
    private volatile boolean closed;
    private volatile WatchService watch;
    private volatile FileLock presence;

    private InboxWatcher(Inbox inbox, Consumer<HandedOff> handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    /**
     * Starts watching the inbox of the store in {@code store} on a thread of its own; the handler hears each request
     * on that thread. A store whose folder cannot be written gets no inbox: commands then wait for it to be free.
     */
    public static InboxWatcher start(Path store, Consumer<HandedOff> handler) {
        InboxWatcher watcher = new InboxWatcher(Inbox.of(store), handler);
        Threads.daemon("sspr-inbox", watcher::watch);
        return watcher;
    }

    private void watch() {
        try {
            inbox.create();
            watch = inbox.folder().getFileSystem().newWatchService();
            inbox.folder().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            presence = inbox.holdPresence();
            removeStale();
            while (!closed) {
                takeAll();
                var key = watch.poll(LOOK_SECONDS, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (IOException | ClosedWatchServiceException e) {
            // no inbox (a folder that cannot be written), or closed: commands find no window and wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release();
        }
    }

    private void takeAll() throws IOException {
        try (DirectoryStream<Path> requests = Files.newDirectoryStream(inbox.folder(), "*" + Inbox.REQUEST)) {
            for (Path request : requests) {
                if (closed) {
                    return;
                }
                String name = request.getFileName().toString();
                String id = name.substring(0, name.length() - Inbox.REQUEST.length());
                if (ID.matcher(id).matches()) {
                    take(id);
                } else {
                    HandedOff.deleteQuietly(request);
                }
            }
        }
    }

    private void take(String id) {
        Path taken = inbox.file(id, Inbox.TAKEN);
        try {
            Files.move(inbox.file(id, Inbox.REQUEST), taken, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return; // withdrawn by its command a moment ago
        }
        ImportRequest request;
        try {
            request = ImportRequest.decode(inbox.readChecked(taken, ImportRequest.MAX_BYTES));
        } catch (InvalidInboxFile | IOException e) {
            String why = e instanceof InvalidInboxFile ? e.getMessage() : "cannot be read";
            new HandedOff(inbox, id, null).answer(ImportAnswer.refused("The open window of SSPR Audit Viewer"
                    + " refused the import handed to it: the request " + why + "; run the import again.", null));
            return;
        }
        handler.accept(new HandedOff(inbox, id, request));
    }

    private void removeStale() throws IOException {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(inbox.folder())) {
            for (Path p : all) {
                if (!p.getFileName().toString().equals(Inbox.PRESENCE)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    HandedOff.deleteQuietly(p);
                }
            }
        }
    }

    /** Whether it holds the presence lock, so commands see a window. */
    public boolean watching() {
        return presence != null;
    }

    /** Stops taking requests and lets go of the presence lock; requests already handed on are not affected. */
    @Override
    public void close() {
        closed = true;
        WatchService w = watch;
        if (w != null) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the thread ends at its next look anyway
            }
        }
        release();
    }

    private synchronized void release() {
        FileLock lock = presence;
        presence = null;
        if (lock != null) {
            try {
                inbox.releasePresence(lock);
            } catch (IOException ignored) {
                // the lock goes with the process at the latest
            }
        }
    }
}
