package com.ssprviewer.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** For window tests and benchmarks: read on the FX thread from another, and wait there for a condition. */
public final class FxWait {

    private static final int TEST_SECONDS = 60;

    private FxWait() {
    }

    /** Runs the read on the FX thread and returns its value; a failure or 30 s without an answer fails the test. */
    public static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    public static void onFx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits (up to 60 s) for a condition evaluated on the FX thread, then for the FX events it set off. */
    public static void waitUntil(BooleanSupplier condition) {
        waitUntil("a condition", condition);
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, TEST_SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Polls the condition on the FX thread every 2 ms (benchmarks time this) until it holds. */
    public static void waitUntil(String what, BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
