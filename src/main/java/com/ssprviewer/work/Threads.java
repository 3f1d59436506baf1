package com.ssprviewer.work;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place the program makes threads of its own. Every thread is named, so a thread dump says whose work it is,
 * and daemon, so forgotten work cannot keep the program running after its window or command has ended. A failure
 * that escapes a thread is logged before the thread dies; work handed to an executor with {@code submit} keeps its
 * failure in the returned future instead, where the caller reads it.
 */
public final class Threads {
    private static final System.Logger LOG = System.getLogger(Threads.class.getName());

    private Threads() {
    }

    /** Starts {@code work} on a new daemon thread called {@code name} and returns that thread. */
    public static Thread daemon(String name, Runnable work) {
        Thread thread = thread(name, work, Thread.NORM_PRIORITY);
        thread.start();
        return thread;
    }

    /** One daemon thread called {@code name}, doing the tasks given to it one after another. */
    public static ExecutorService executor(String name) {
        return executor(name, Thread.NORM_PRIORITY);
    }

    /** Like {@link #executor(String)}, its thread at {@code priority} (below normal for work nobody waits for). */
    public static ExecutorService executor(String name, int priority) {
        return Executors.newSingleThreadExecutor(work -> thread(name, work, priority));
    }

    /** A pool of {@code threads} daemon threads called {@code name-1}, {@code name-2}, ... */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, numbered(name));
    }

    /** Daemon threads called {@code name-1}, {@code name-2}, ... made when work arrives, ended after idling. */
    public static ExecutorService onDemand(String name) {
        return Executors.newCachedThreadPool(numbered(name));
    }

    /**
     * Registers {@code work} to run when the program is ended (Ctrl+C, logging off) before it finished on its own;
     * returns the registration for {@link #notAtExit}.
     */
    public static Thread atExit(String name, Runnable work) {
        Thread thread = thread(name, work, Thread.NORM_PRIORITY);
        Runtime.getRuntime().addShutdownHook(thread);
        return thread;
    }

    /** Withdraws work registered with {@link #atExit}, once it is no longer needed; ignored while ending. */
    public static void notAtExit(Thread registered) {
        try {
            Runtime.getRuntime().removeShutdownHook(registered);
        } catch (IllegalStateException ending) {
            // the program is ending: the work runs, as it should
        }
    }

    private static ThreadFactory numbered(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> thread(name + "-" + count.incrementAndGet(), work, Thread.NORM_PRIORITY);
    }

    private static Thread thread(String name, Runnable work, int priority) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setPriority(priority);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.log(Level.ERROR, "Thread " + t.getName() + " died", e));
        return thread;
    }
}
