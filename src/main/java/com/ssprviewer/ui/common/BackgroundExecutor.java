package com.ssprviewer.ui.common;

import com.ssprviewer.work.Threads;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The only source of worker threads in the window: a pool of {@link Threads} (named, daemon, logging anything a task
 * lets escape) that is closed when the app stops.
 */
public final class BackgroundExecutor implements java.util.concurrent.Executor, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BackgroundExecutor.class.getName());

    private final String name;
    private final ExecutorService pool;

    private BackgroundExecutor(String name, int threads) {
        this.name = name;
        this.pool = Threads.pool(name, threads);
    }

    /** Creates a pool of {@code threads} daemon threads called {@code name-1}, {@code name-2}, ... */
    public static BackgroundExecutor create(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        return new BackgroundExecutor(name, threads);
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
    }

    public boolean isShutdown() {
        return pool.isShutdown();
    }

    /**
     * Takes no more work and lets the running work end on its own (cancelled work stops at its next progress point
     * and undoes itself) for up to {@code timeout}, then interrupts what is left as {@link #close()} does. Returns
     * true when everything ended within the time.
     */
    public boolean finish(Duration timeout) {
        pool.shutdown();
        try {
            if (pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            LOG.log(Level.WARNING, "Executor " + name + " still ran work after " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        return false;
    }

    /** Interrupts running work and waits briefly for it, so the app exits promptly. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "Executor " + name + " did not stop within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
