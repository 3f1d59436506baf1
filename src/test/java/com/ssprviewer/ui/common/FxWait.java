package com.ssprviewer.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;

/** For the window benchmarks: read on the FX thread from another, and wait there for a condition. */
public final class FxWait {

    private FxWait() {
    }

    /** Runs the read on the FX thread and returns its value (or throws its failure). */
    public static <T> T fx(Callable<T> read) throws Exception {
        Object[] out = new Object[1];
        Exception[] failure = new Exception[1];
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out[0] = read.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                latch.countDown();
            }
        });
        latch.await();
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) out[0];
        return value;
    }

    /** Polls the condition on the FX thread every 2 ms until it holds; fails after the given seconds. */
    public static void waitFor(BooleanSupplier condition, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }
}
