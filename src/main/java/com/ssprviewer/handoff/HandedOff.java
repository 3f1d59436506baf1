package com.ssprviewer.handoff;

import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.StoreAccessException;
import com.ssprviewer.store.api.StoreProblem;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One import a command handed to the window, taken from the inbox: run it once on the window's store with
 * {@link #runOn}, which writes the answer the command is waiting for (or {@link #abandon} it, and the command does
 * the import itself). A cancel of the command reaches the import through its progress.
 */
public final class HandedOff {

    private static final long CANCEL_CHECK_NANOS = 250_000_000L;

    private final Inbox inbox;
    private final String id;
    private final ImportRequest request;
    private final AtomicBoolean answered = new AtomicBoolean();
    private long lastCheck;
    private boolean cancelled;

    HandedOff(Inbox inbox, String id, ImportRequest request) {
        this.inbox = inbox;
        this.id = id;
        this.request = request;
    }

    public ImportRequest request() {
        return request;
    }

    /** The store folder the command named. */
    public Path store() {
        return inbox.folder().getParent();
    }

    /**
     * Imports the files into the window's store as the command would have, and answers the command with the lines
     * it prints and how it ended. A store fault becomes the command's sentence and exit code; it is thrown on too.
     */
    public ImportBatch.Done runOn(Store store, Progress progress, ImportBatch.Starting starting) {
        List<String> out = new ArrayList<>();
        try {
            ImportBatch.Done done = ImportBatch.run(store, request, withCancel(progress), starting, out::add);
            answer(new ImportAnswer(out, List.of(), done.allGood(), null));
            return done;
        } catch (StoreAccessException e) {
            answer(new ImportAnswer(out, List.of(e.getMessage()), false, e.problem()));
            throw e;
        } catch (RuntimeException e) {
            answer(new ImportAnswer(out, List.of("The open window could not import the files (" + e.getClass()
                    .getSimpleName() + "); import them again."), false, StoreProblem.OTHER));
            throw e;
        }
    }

    /** Gives the request back untouched: the command, seeing no answer and no window, imports the files itself. */
    public void abandon() {
        if (answered.compareAndSet(false, true)) {
            deleteQuietly(inbox.file(id, Inbox.TAKEN));
        }
    }

    void answer(ImportAnswer answer) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        try {
            inbox.writeWhole(inbox.file(id, Inbox.RESULT), answer.encode());
        } catch (IOException e) {
            // the command sees the window still there and no answer; it waits until the window closes, then imports
        } finally {
            deleteQuietly(inbox.file(id, Inbox.TAKEN));
            deleteQuietly(inbox.file(id, Inbox.CANCEL));
        }
    }

    private Progress withCancel(Progress progress) {
        return new Progress() {
            @Override
            public void progress(long done, long total) {
                progress.progress(done, total);
            }

            @Override
            public void message(String text) {
                progress.message(text);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled() || cancelRequested();
            }
        };
    }

    /** Whether the command was stopped (Ctrl+C); looked at a few times a second, not for every row. */
    private synchronized boolean cancelRequested() {
        long now = System.nanoTime();
        if (!cancelled && now - lastCheck > CANCEL_CHECK_NANOS) {
            lastCheck = now;
            cancelled = Files.exists(inbox.file(id, Inbox.CANCEL));
        }
        return cancelled;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover inbox file is removed by the next window that watches the inbox
        }
    }
}
