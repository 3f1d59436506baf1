package com.ssprviewer.cli;

import com.ssprviewer.work.Progress;
import com.ssprviewer.work.Threads;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The progress of a command's long work on stderr, and its cancel (Ctrl+C). On a terminal it is one line rewritten
 * in place a few times a second and wiped at the end; otherwise (a scheduled task's log) a plain line every
 * {@value #DEFAULT_EVERY_MILLIS} ms of the command, none for a command that ends sooner, so short runs print exactly
 * what they printed before. {@code --quiet} shows nothing; the work is still cancelled on Ctrl+C.
 */
final class CommandProgress implements Progress, AutoCloseable {

    /** Hidden: the plain form's interval in milliseconds (tests use a short one). */
    static final String EVERY_PROPERTY = "sspr.progress.everyMillis";
    static final long DEFAULT_EVERY_MILLIS = 5000;
    private static final long TERMINAL_TICK_MILLIS = 200;
    private static final long PLAIN_TICK_MILLIS = 50;

    private final PrintStream err;
    private final StatusLine line;
    private final boolean shown;
    private final BooleanSupplier stopped;
    private final long everyNanos;
    private volatile String label;
    private volatile long rows = -1;
    private volatile long done;
    private volatile long total;
    private volatile long startedAt;
    private volatile boolean closed;
    private long nextPlain;
    private Thread ticker;

    /**
     * @param line    the terminal's status line; null for plain lines
     * @param shown   false for {@code --quiet}
     * @param stopped whether Ctrl+C asked the work to stop
     */
    CommandProgress(PrintStream err, StatusLine line, boolean shown, BooleanSupplier stopped) {
        this.err = err;
        this.line = line;
        this.shown = shown;
        this.stopped = stopped;
        this.everyNanos = Duration.ofMillis(Math.max(1, Long.getLong(EVERY_PROPERTY, DEFAULT_EVERY_MILLIS)))
                .toNanos();
    }

    /** Starts following a new piece of work called {@code label} (a file's name, a command's), from zero. */
    void start(String label) {
        rows = -1;
        done = 0;
        total = 0;
        startedAt = System.nanoTime();
        this.label = label;
        if (shown && ticker == null) {
            nextPlain = startedAt + everyNanos;
            ticker = Threads.daemon("sspr-progress", this::follow);
        }
    }

    @Override
    public void progress(long done, long total) {
        this.done = done;
        this.total = total;
    }

    @Override
    public void rows(long read) {
        rows = read;
    }

    @Override
    public boolean cancelled() {
        return stopped.getAsBoolean();
    }

    /** Wipes the terminal's line; what the command prints next starts at the line's start. */
    void clear() {
        if (line != null) {
            line.clear();
        }
    }

    @Override
    public void close() {
        done();
    }

    /** The work is over: no more progress is shown, and the terminal's line is wiped. */
    void done() {
        closed = true;
        if (ticker != null) {
            ticker.interrupt();
            try {
                ticker.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clear();
    }

    private void follow() {
        try {
            while (!closed) {
                Thread.sleep(line != null ? TERMINAL_TICK_MILLIS : PLAIN_TICK_MILLIS);
                if (!closed && !stopped.getAsBoolean()) {
                    tick(System.nanoTime());
                }
            }
        } catch (InterruptedException e) {
            // closed: the command's work is over
        }
    }

    private void tick(long now) {
        Duration elapsed = Duration.ofNanos(now - startedAt);
        if (line != null) {
            line.show(ProgressText.fitted(label, rows, done, total, elapsed, ProgressText.TERMINAL_WIDTH));
        } else if (now - nextPlain >= 0) {
            nextPlain = now + everyNanos;
            err.println(ProgressText.line(label, rows, done, total, elapsed));
        }
    }
}
