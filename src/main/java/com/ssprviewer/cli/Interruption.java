package com.ssprviewer.cli;

import com.ssprviewer.work.Threads;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C (or the process being ended, e.g. by a scheduler's stop) during a command with long work. While the
 * command's work can be undone, it is cancelled at its next progress point and the process ends once the command has
 * unwound (an import removes the rows of its file) and said what was kept, with exit code 130; at most
 * {@value #DEFAULT_UNWIND_SECONDS} s are given to that, and a second Ctrl+C ends it at once (what was left is then
 * cleaned up when the store is next opened, as after a crash). Outside such work (opening the store, waiting for
 * it, writing a report) the process ends at once, after one line saying what was kept.
 */
final class Interruption {

    /** Hidden: how long the work may take to unwind before the process ends anyway. */
    static final String UNWIND_PROPERTY = "sspr.cancel.waitSeconds";
    static final long DEFAULT_UNWIND_SECONDS = 60;
    private static final long LOOK_MILLIS = 50;

    private final String command;
    private final PrintStream out;
    private final PrintStream err;
    private final Runnable clearLine;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Runnable atOnce;
    private Thread hook;

    Interruption(String command, PrintStream out, PrintStream err, Runnable clearLine) {
        this.command = command;
        this.out = out;
        this.err = err;
        this.clearLine = clearLine;
        this.atOnce = say(command + " cancelled; nothing was changed");
    }

    /** From now until {@link #disarm()}, Ctrl+C is handled here. */
    void arm() {
        hook = Threads.atExit("sspr-cancel", this::stop);
    }

    /** The command has ended (its lines are printed): Ctrl+C no longer concerns it. */
    void disarm() {
        ended.countDown();
        if (hook != null) {
            Threads.notAtExit(hook);
        }
    }

    /** True once Ctrl+C asked the work to stop. */
    boolean requested() {
        return requested.get();
    }

    /** From now on, Ctrl+C runs {@code last} (one line saying what was kept, say) and ends the process at once. */
    void endsAtOnce(Runnable last) {
        atOnce = last;
    }

    /** From now on, Ctrl+C cancels the work and waits for the command to unwind. */
    void unwinds() {
        atOnce = null;
    }

    /** A {@link #endsAtOnce} action printing one line on stderr. */
    Runnable say(String line) {
        return () -> err.println(line);
    }

    private void stop() {
        requested.set(true);
        clearLine.run();
        Runnable last = atOnce;
        if (last != null) {
            last.run();
            halt();
        }
        err.println(command + ": stopping (Ctrl+C again ends at once)...");
        long giveUp = System.nanoTime() + Duration.ofSeconds(Long.getLong(UNWIND_PROPERTY,
                DEFAULT_UNWIND_SECONDS)).toNanos();
        try {
            while (!ended.await(LOOK_MILLIS, TimeUnit.MILLISECONDS)) {
                // the work was past undoing (an import's files were all stored): the rest resumes at the next open
                Runnable reached = atOnce;
                if (reached != null) {
                    clearLine.run();
                    reached.run();
                    break;
                }
                boolean again = secondSignal();
                if (again || System.nanoTime() - giveUp > 0) {
                    clearLine.run();
                    err.println(command + ": ended " + (again ? "at once" : "before it could finish stopping")
                            + "; what it had not undone yet is cleaned up when the store is next opened.");
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        halt();
    }

    private void halt() {
        out.flush();
        err.flush();
        Runtime.getRuntime().halt(ExitCodes.CANCELLED);
    }

    /**
     * Whether a second signal arrived: the JVM handles each in a new thread ("SIGINT handler"), and the first one's
     * is still running the shutdown this hook is part of. Only this, not the standard library, can tell.
     */
    private static boolean secondSignal() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("SIG") && t.getName().endsWith(" handler")).count() > 1;
    }
}
